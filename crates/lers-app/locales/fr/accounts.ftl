## Comptes : liens, mots de passe oubliés et modifiés, profil, changement d'adresse électronique, limitation

throttled-text = Trop de tentatives depuis votre réseau ou pour cette adresse. Afin de protéger les boîtes de réception des agents, ce formulaire est limité. Réessayez dans { $minutes } minutes.

signup-resend-prompt = Aucun message reçu après quelques minutes ?
login-forgot = Mot de passe oublié ?
login-resend = Vous n'avez pas reçu le message de vérification ?

resend-title = Renvoyer le lien de vérification
resend-lead = Saisissez l'adresse utilisée lors de votre inscription. Si elle correspond à un compte non encore vérifié, nous y envoyons un nouveau lien ; les liens précédents cessent de fonctionner.
resend-submit = Envoyer un nouveau lien

forgot-title = Mot de passe oublié
forgot-lead = Saisissez l'adresse électronique de votre compte. Si elle correspond à un compte actif, nous y envoyons un lien permettant de choisir un nouveau mot de passe. Ce lien n'est utilisable qu'une fois, pendant une heure.
forgot-submit = Envoyer un lien de réinitialisation
forgot-sent-title = Consultez votre messagerie
forgot-sent-text = Si l'adresse correspond à un compte actif, nous y avons envoyé un lien permettant de choisir un nouveau mot de passe. Ce lien n'est utilisable qu'une fois, pendant une heure ; seul le dernier lien envoyé est valable.

reset-title = Choisissez un nouveau mot de passe
reset-lead = Choisissez un nouveau mot de passe pour { $email }. Toutes les sessions de ce compte seront fermées ; vous vous connecterez ensuite avec le nouveau mot de passe et un code de votre application d'authentification.
reset-submit = Enregistrer le nouveau mot de passe
reset-done-title = Votre mot de passe a été modifié
reset-done-text = Toutes les sessions de votre compte ont été fermées. Connectez-vous avec votre nouveau mot de passe et un code de votre application d'authentification.

change-password-title = Modifier votre mot de passe
change-password-lead = Confirmez avec votre mot de passe actuel et un code actuel de votre application d'authentification. Vos autres sessions seront fermées.
change-password-code-hint = Un code actuel de votre application d'authentification ; chaque code n'est utilisable qu'une fois.
change-password-submit = Modifier le mot de passe
change-password-done = Votre mot de passe a été modifié. Sessions fermées ailleurs : { $sessions }.
field-current-password = Mot de passe actuel

profile-title = Votre compte
profile-lead = Tenez vos coordonnées à jour. Elles sont contrôlées de la même manière que lors de l'inscription.
profile-email-hint = Votre adresse électronique identifie votre compte et ne peut pas être modifiée ici. Pour passer à une nouvelle adresse, adressez-vous à l'équipe de réponse du fournisseur : elle envoie un lien à la nouvelle adresse, et le changement prend effet à l'ouverture de ce lien.
profile-submit = Enregistrer les coordonnées
profile-saved = Vos coordonnées ont été enregistrées.

email-change-title = Modifier l'adresse électronique d'un compte
email-change-lead = { $name } utilise { $email }. Un lien est envoyé à la nouvelle adresse ; rien ne change tant qu'il n'y a pas été ouvert.
email-change-hint = Pour les requérants, la nouvelle adresse doit figurer sur la liste d'autorisation gouvernementale. Elle ne doit pas appartenir à un autre compte.
email-change-submit = Envoyer le lien à la nouvelle adresse
email-change-sent = Un lien de confirmation pour { $name } a été envoyé à { $email }. L'adresse sera modifiée à l'ouverture du lien.
email-change-action = Modifier l'adresse
field-new-email = Nouvelle adresse électronique

email-confirm-title = Confirmez votre nouvelle adresse électronique
email-confirm-lead = Faire de { $email } l'adresse de votre compte ?
email-confirm-submit = Confirmer la nouvelle adresse
email-confirm-done-title = Votre adresse électronique a été modifiée
email-confirm-done-text = Votre compte utilise désormais { $email }. Utilisez cette adresse pour vous connecter dorénavant.

mail-reset-subject = { $service } : choisissez un nouveau mot de passe
mail-reset-body =
    Bonjour { $name },

    Une personne (vous, nous l'espérons) a demandé la réinitialisation du mot de passe de votre compte { $service }.
    Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :

    { $link }

    Ce lien n'est utilisable qu'une fois, et seul le dernier lien envoyé est valable. La connexion exigera
    toujours un code de votre application d'authentification. Si vous n'êtes pas à l'origine de cette
    demande, ne tenez pas compte de ce message : votre mot de passe reste inchangé.
mail-email-change-subject = { $service } : confirmez votre nouvelle adresse électronique
mail-email-change-body =
    Bonjour { $name },

    Un administrateur de { $service } a demandé le transfert de votre compte vers cette adresse.
    Pour le confirmer, ouvrez ce lien dans les 24 heures :

    { $link }

    Rien ne change tant que vous ne l'avez pas fait. Si vous ne vous attendiez pas à cette demande,
    ne tenez pas compte de ce message.
mail-email-changed-subject = { $service } : l'adresse électronique de votre compte a été modifiée
mail-email-changed-body =
    Bonjour { $name },

    L'adresse électronique de votre compte { $service } a été remplacée par { $email }, et la présente
    adresse ne permet plus de se connecter. Si vous n'avez pas demandé ce changement, contactez
    immédiatement l'équipe de réponse du fournisseur.
