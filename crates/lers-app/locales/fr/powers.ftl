## Codes de récupération, approbations à quatre yeux, inactivité, jetons d'API à durée limitée (issue 11).

recovery-title = Vos codes de récupération
recovery-lead = La validation en deux étapes est activée. Si vous perdez votre application d'authentification, connectez-vous avec l'un de ces codes à la place du code à 6 chiffres. Chaque code n'est utilisable qu'une fois ; son utilisation vous oblige à configurer une nouvelle application d'authentification, qui vous fournit de nouveaux codes et annule ceux-ci.
recovery-once = Conservez-les en lieu sûr, à l'écart de votre téléphone (imprimez-les ou enregistrez-les dans un gestionnaire de mots de passe). Ils ne sont affichés qu'une seule fois, maintenant.
recovery-continue = J'ai conservé mes codes — continuer
mfa-reenroll-lead = Vous vous êtes connecté avec un code de récupération. Configurez de nouveau votre application d'authentification pour continuer ; vos codes de récupération restants seront remplacés par de nouveaux codes.

approvals-title = En attente d'un second administrateur
approvals-lead = L'attribution du rôle d'administrateur ou d'approbateur et la réinitialisation du second facteur d'une personne exigent deux administrateurs : l'un propose, l'autre approuve ou rejette, chacun avec un nouveau code. Les propositions expirent au bout de 72 heures.
approvals-none = Rien n'est en attente.
approvals-col-change = Modification
approvals-col-proposed = Proposée par
approvals-col-expires = Expiration (UTC)
approvals-waiting = En attente d'un autre administrateur
approvals-approve = Approuver
approvals-reject = Rejeter
approval-grant = Rôles : de « { $from } » à « { $to } »
approval-reset = Réinitialisation du second facteur (application d'authentification et codes de récupération)
approval-approved = Approuvée : la modification concernant { $name } est effectuée.
approval-rejected = Rejetée : rien ne change pour { $name }.
powers-code = Votre code actuel
powers-code-refused = Opération non effectuée : { $reason }
roles-code = Votre code actuel (requis pour attribuer le rôle d'administrateur ou d'approbateur)
roles-proposed = La modification des rôles de { $name } est proposée ; un autre administrateur doit l'approuver dans les 72 heures.
reset-propose = Proposer la réinitialisation du second facteur
reset-proposed = La réinitialisation du second facteur de { $name } est proposée ; un autre administrateur doit l'approuver dans les 72 heures.
invite-code-hint = Requis uniquement pour inviter avec le rôle d'administrateur ou d'approbateur, ce que seul l'administrateur unique peut faire directement.
invite-privileged-needs-approval = Invitez d'abord avec les autres rôles ; l'attribution du rôle d'administrateur ou d'approbateur nécessite ensuite l'approbation d'un second administrateur (utilisez le formulaire des rôles dans la liste).

col-expires = Expiration (UTC)
token-expired = expiré
token-never-used = jamais
token-renew = Renouveler
token-renewed = Jeton renouvelé ; il expire désormais le { $until }.
field-token-days = Durée de validité en jours
field-token-days-hint = 90 jours, sauf choix contraire ; un an au maximum. Renouvelez le jeton avant son expiration.

mail-inactivity-subject = { $service } : votre compte va être désactivé pour inactivité
mail-inactivity-body =
    Bonjour { $name },

    Votre compte { $service } n'a pas été utilisé depuis longtemps. Les comptes inutilisés pendant
    90 jours sont désactivés. Pour le conserver, connectez-vous (ou utilisez l'un de vos jetons d'API)
    avant le { $date } :

    { $link }

    S'il est désactivé, l'équipe de réponse du fournisseur peut le réactiver.
