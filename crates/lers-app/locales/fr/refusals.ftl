## Motifs du refus d'une action : une règle du cycle de vie de la demande, le principe des quatre yeux, une modification concurrente.
## Les statuts, les rôles et les niveaux d'accès sont transmis sous forme de libellés ; les heures sont exprimées
## dans le fuseau horaire du lecteur.

## Décision sur une demande.
form-refusal-decide-no-review = Complétez la liste de contrôle de l'examen avant de statuer.
form-refusal-decide-not-approver = L'approbation requiert le rôle d'approbateur.
form-refusal-decide-own-review = Principe des quatre yeux : la personne qui a examiné une demande ne peut pas également l'approuver.
form-refusal-decide-reviewer-disabled = L'examen a été rédigé par une personne dont le compte a depuis été désactivé. Examinez de nouveau la demande avant de statuer.
form-refusal-transition = Cette demande est au statut « { $status } » : cette étape n'est pas possible dans cet état. Rechargez la page pour voir les actions désormais possibles.

## Contre-appels en cas d'urgence.
form-refusal-callback-not-emergency = Les contre-appels ne sont enregistrés que pour les demandes urgentes.
form-refusal-callback-failed-outside-review = Un contre-appel infructueux entraîne la suspension du requérant ; il n'est donc enregistré que pour une demande urgente en cours d'examen. Commencez d'abord l'examen (cette demande est au statut « { $status } »).
form-refusal-callback-decided = Cette demande est au statut « { $status } » : les contre-appels ne sont enregistrés que tant qu'elle est en attente de décision.
form-refusal-callback-failed = Un contre-appel concernant cette demande a échoué : elle ne peut pas être approuvée ; rejetez-la ou contestez-la.
form-refusal-callback-requester-suspended = Le requérant est suspendu à la suite d'un contre-appel infructueux : un administrateur doit lever la suspension avant que cette demande urgente puisse être approuvée.
form-refusal-callback-not-confirmed = Une demande urgente ne peut être approuvée qu'après un contre-appel confirmé, passé à un numéro obtenu de manière indépendante.
form-refusal-callback-second-confirmation-missing = Le score de risque de cette demande urgente dépasse le seuil : un second membre du personnel, distinct de celui qui a enregistré le contre-appel, doit le confirmer avant l'approbation.
form-refusal-callback-recorder-disabled = Le contre-appel confirmé pour cette demande a été enregistré par un compte du personnel désactivé depuis ; il ne compte donc plus. Rappelez l'autorité à un numéro obtenu de manière indépendante et enregistrez le contre-appel.
form-refusal-callback-second-confirmer-disabled = La seconde confirmation du contre-appel a été donnée par un compte du personnel désactivé depuis ; elle ne compte donc plus. Un autre membre du personnel, distinct de celui qui a enregistré le contre-appel, doit le confirmer.
form-refusal-callback-confirming-disabled-recorder = Ce contre-appel a été enregistré par un compte du personnel désactivé depuis ; il ne compte donc plus et ne peut pas être confirmé. Rappelez l'autorité et enregistrez un nouveau contre-appel.
form-refusal-callback-confirming-unconfirmed = Seul un contre-appel confirmé peut faire l'objet d'une confirmation par un second membre du personnel.
form-refusal-callback-confirming-own = Principe des quatre yeux : le contre-appel doit être confirmé par une personne autre que le membre du personnel qui l'a enregistré.
form-refusal-callback-nothing-to-confirm = Cette demande est au statut « { $status } » : il n'y a plus rien à confirmer.
form-refusal-requester-controlled-line = { $line } aboutit à une ligne fournie par le requérant ou qu'il pourrait contrôler (relevée dans { $origin ->
        [profile] le profil du requérant
        [colleague] le profil de { $colleague }, du même organisme
        [earlier] la demande antérieure { $reference } du même compte ou du même organisme
        [written] les messages, noms de documents et motifs de retrait du requérant ou de son organisme
       *[request] la présente demande
    }) ; appelez un numéro obtenu de manière indépendante, tel que le standard figurant dans l'annuaire des organismes.

## Qui peut modifier une demande.
form-refusal-access-not-owner = Seul le requérant qui a déposé cette demande peut la modifier.
form-refusal-access-not-a-draft = Une demande soumise ne peut plus être modifiée ; envoyez plutôt un message.
form-refusal-access-closed-to-messages = Cette demande est au statut « { $status } » : elle n'accepte plus de messages ; déposez une nouvelle demande si vous avez d'autres éléments à communiquer.
form-refusal-access-not-a-colleague = { $email } n'est pas un requérant inscrit de votre organisme (@{ $domain }) ; vos collègues doivent disposer de leur propre compte.

## Communications de données et leurs fichiers.
form-refusal-production-not-approved = Seules les demandes approuvées donnent lieu à une communication de données ; celle-ci est au statut « { $status } ».
form-refusal-production-not-producer = Seul le chargé de production qui a préparé cette communication peut la modifier.
form-refusal-production-not-open = Cette communication a déjà été transmise et ne peut plus être modifiée.
form-refusal-production-not-deliverable = La demande est désormais au statut « { $status } » : plus aucune donnée ne peut être transmise à ce titre.
form-refusal-production-no-files = Ajoutez au moins un fichier avant de transmettre la communication.
form-refusal-production-still-uploading = Le téléversement de { $name } est toujours en cours ({ $received } octets sur { $size }) ; terminez-le ou retirez le fichier avant la transmission.
form-refusal-production-own-alert = La réception d'une alerte vous concernant doit être accusée par une autre personne.
form-refusal-file-destroyed = Ce fichier a été détruit à l'expiration de sa durée de conservation.
form-refusal-uploads-busy = { $max } téléversements sont déjà en cours ; réessayez dans une minute.
form-refusal-upload-running = Un autre téléversement de ce fichier est toujours en cours.
form-refusal-upload-offset = Le téléversement se poursuit à l'octet { $expected }, et non à l'octet { $offset } ; reprenez à partir de ce point.
form-refusal-staging-gone = Les données temporaires de ce téléversement n'existent plus ; retirez le fichier et téléversez-le à nouveau.
form-refusal-more-than-declared = Les données reçues dépassent la taille déclarée de { $declared } octets.
form-refusal-file-name-taken = Cette communication comporte déjà un fichier nommé { $name } ; renommez l'un des deux fichiers ou retirez d'abord l'autre.
form-refusal-size-too-large = La taille est trop importante.

## Le travail de l'équipe de réponse sur un dossier.
form-refusal-staff-assignee-inactive = Les demandes ne peuvent être attribuées qu'à des membres actifs du personnel.
form-refusal-staff-not-under-review = Une demande au statut « { $status } » n'est pas en cours d'examen.
form-refusal-staff-not-a-preservation = { $reference } n'est pas une demande de conservation de ce requérant.
form-refusal-staff-no-hold = La demande { $reference } ne comporte aucune mesure de conservation en vigueur susceptible d'être prolongée.
form-refusal-staff-already-extended = La conservation { $reference } a déjà été prolongée une fois ; une nouvelle prolongation n'est pas possible.

## Injonctions de l'UE.
form-refusal-eu-not-a-preservation-order = Les formulaires 5 et 6 ne s'appliquent qu'à une injonction européenne de conservation (EPOC-PR).
form-refusal-eu-preservation-ended = Cette conservation a déjà pris fin ; elle ne peut être ni prolongée ni maintenue.
form-refusal-eu-preservation-extended = Cette conservation a déjà été prolongée par un formulaire 6 ; le règlement n'autorise qu'une seule prolongation.
form-refusal-eu-awaiting-production-order = Un formulaire 5 maintient déjà la conservation de ces données jusqu'à l'arrivée de l'injonction de production ; un formulaire 6 n'y ajouterait rien.
form-refusal-ea-held = Remise suspendue jusqu'au { $until } (délai de l'autorité d'exécution) : les fichiers pourront être téléchargés après cette date, ou plus tôt si l'autorité d'exécution confirme qu'elle n'invoque aucun motif de refus.
form-refusal-ea-refused = Exécution refusée par l'autorité d'exécution : ces données ne seront jamais remises.
form-refusal-ea-partial-grounds = Cette communication a été transmise avant que l'autorité d'exécution n'invoque, le { $at }, des motifs de refus partiels ; elle peut donc contenir des données visées par ces motifs et n'est pas remise. Le fournisseur transmet une nouvelle communication expurgée de ces données.
form-refusal-ea-none-notified = Aucune autorité d'exécution n'a reçu notification de cette injonction : il n'y a donc aucune décision d'autorité d'exécution à enregistrer.
form-refusal-ea-already-decided = La décision de l'autorité d'exécution sur cette injonction est déjà enregistrée.
form-refusal-ea-window-closed = Le délai de l'autorité d'exécution a expiré le { $at } ; des motifs de refus ne peuvent plus être invoqués.
form-refusal-lift-not-restricted = L'autorité d'émission n'a pas restreint l'information de l'utilisateur : il n'y a donc aucune restriction à lever.
form-refusal-lift-already-lifted = La restriction imposée par l'autorité d'émission a déjà été levée.
form-refusal-deadline-not-production = Seule une injonction de production (EPOC) est assortie d'une échéance de communication ; une injonction de conservation (EPOC-PR) n'en comporte pas.
form-refusal-deadline-over = L'injonction est terminée (statut « { $status } ») ; son échéance ne peut plus être modifiée.
form-refusal-deadline-past = La nouvelle échéance, { $at }, n'est pas dans le futur.
form-refusal-deadline-reason-missing = Une échéance antérieure à celle en vigueur ({ $current }) exige que l'autorité d'émission ait indiqué les motifs d'une communication anticipée (art. 10(2)).
form-refusal-deadline-reason-unreadable = Les motifs de la communication anticipée doivent tenir sur une seule ligne de { $max } caractères au maximum, sans caractères de contrôle.

## Notifications aux utilisateurs concernés.
form-refusal-notice-nothing-disclosed = Aucune donnée n'a été communiquée pour ce compte ; il n'y a donc personne à informer : choisissez « Sans objet ».
form-refusal-notice-disclosed = Des données ont été communiquées pour ce compte : choisissez d'informer l'utilisateur, de reporter la notification en vertu d'une ordonnance ou d'appliquer une exemption.
form-refusal-notice-order-in-force = Une ordonnance de report de la notification est en vigueur jusqu'au { $until } ; l'utilisateur ne peut pas être informé avant cette date.
form-refusal-notice-order-without-end = Une ordonnance de report de la notification sans date de fin est en vigueur : reportez la notification (et contestez l'ordonnance) ou enregistrez une exemption.
form-refusal-notice-authority-restricts = L'autorité d'émission de cette injonction de l'UE a demandé que l'utilisateur ne soit pas informé tant qu'elle ne l'y autorise pas : reportez la notification jusqu'à la levée de la restriction, ou enregistrez une exemption.
form-refusal-notice-no-order = Aucune ordonnance de report de la notification n'est en vigueur : il n'y a donc rien à attendre.
form-refusal-notice-reason-missing = Indiquez le motif de l'exemption.
form-refusal-notice-sent = Cette notification a déjà été envoyée.
form-refusal-notice-not-holdable = Seule une notification non encore envoyée peut être suspendue.

## Points de terminaison de l'interface (ETSI HI-1).
form-refusal-endpoint-own-proposal = Vous avez proposé ce point de terminaison : un second administrateur doit l'approuver.
form-refusal-endpoint-not-proposed = Ce point de terminaison n'est pas en attente d'approbation.
form-refusal-endpoint-disabled = Ce point de terminaison est déjà désactivé.
form-refusal-endpoint-duplicate = Un point de terminaison ayant cette identité ou ce justificatif d'authentification est déjà enregistré.

## Qui voit quelles parties d'un dossier.
form-refusal-field-ceiling = Le rôle { $role } peut recevoir au plus l'accès « { $ceiling } » aux parties des dossiers.
form-refusal-field-already-proposed = Cette modification a déjà été proposée et attend l'approbation d'un second administrateur.
form-refusal-field-same-admin = Une modification élargissant un accès doit être approuvée par un autre administrateur.
form-refusal-field-other-waiting = La proposition d'un autre administrateur concernant cet accès est en attente ; approuvez-la, ou restreignez l'accès pour l'écarter, avant d'en formuler une autre.
form-refusal-field-proposal-changed = La proposition a été modifiée ou écartée depuis l'affichage de la page ; consultez-la de nouveau.
form-refusal-field-proposal-lapsed = La proposition date de plus de 72 heures et est devenue caduque ; formulez-la de nouveau.
form-refusal-field-unchanged = Rien à modifier : le rôle { $role } dispose déjà de l'accès « { $access } » pour la partie « { $group } ».

## Comptes, rôles et pouvoirs soumis au principe des quatre yeux.
form-refusal-email-taken = L'adresse { $email } est déjà associée à un compte ; choisissez-en une autre.
form-refusal-account-not-active = Ce compte n'est pas actif ; contactez le fournisseur.
form-refusal-account-not-active-email = Ce compte n'est pas actif ; contactez l'équipe de réponse du fournisseur.
form-refusal-own-account-status = Vous ne pouvez ni verrouiller ni désactiver votre propre compte.
form-refusal-already-erased = Ce compte a déjà été effacé.
form-refusal-in-recycle-bin = Ce compte se trouve dans la corbeille ; restaurez-le depuis la corbeille pour pouvoir l'utiliser de nouveau.
form-refusal-totp-enrolled = La validation en deux étapes est déjà configurée pour ce compte.
form-refusal-roles-for-staff = Les rôles sont réservés aux comptes du personnel.
form-refusal-last-admin = Il s'agit du dernier administrateur actif ; attribuez d'abord le rôle d'administrateur à une autre personne.
form-refusal-grant-needs-approval = L'attribution du rôle d'administrateur ou d'approbateur, comme le retrait du rôle d'administrateur à un autre administrateur, nécessite l'approbation d'un second administrateur : proposez la modification avec un nouveau code.
form-refusal-grant-not-privileged = Cette modification n'attribue ni le rôle d'administrateur ni celui d'approbateur, et ne retire pas le rôle d'administrateur : enregistrez-la directement.
form-refusal-proposal-waiting = Une proposition de ce type concernant { $target } attend déjà l'approbation d'un second administrateur.
form-refusal-no-second-factor = { $target } n'a aucun second facteur à réinitialiser ; sa prochaine connexion mènera à la configuration de la validation en deux étapes.
form-refusal-power-own-account = Personne ne peut modifier ses propres rôles ni son propre second facteur ; adressez-vous à un autre administrateur.
form-refusal-power-not-admin = Seuls les administrateurs peuvent proposer, approuver ou rejeter ces modifications.
form-refusal-power-own-proposal = Un second administrateur doit approuver cette modification : vous l'avez proposée vous-même.
form-refusal-power-decided = Il a déjà été statué sur cette proposition.
form-refusal-power-expired = Cette proposition a expiré (les propositions restent en attente 72 heures) ; formulez-la de nouveau.
form-refusal-power-proposer-not-admin = Cette proposition est caduque : l'administrateur qui l'a formulée a perdu ce rôle ou a été désactivé. Rejetez-la, puis formulez-la de nouveau si elle reste nécessaire.
form-refusal-domain-listed = { $pattern } figure déjà sur la liste.
form-refusal-only-draft-publishable = Seul un projet peut être publié.

## L'annuaire des organismes.
form-refusal-agency-domain-taken = Le domaine { $domain } appartient déjà à un autre organisme ; un domaine de messagerie identifie un seul organisme.
form-refusal-agency-exists = Un organisme portant ce nom et situé dans ce pays figure déjà dans l'annuaire ; modifiez plutôt l'entrée existante.

## Corbeille, durées de conservation, gels juridiques et purge du journal d'audit.
form-refusal-bin-purged = Cet élément a été définitivement effacé à l'expiration de son délai de 60 jours ; il ne peut pas être restauré.
form-refusal-bin-already-restored = Cet élément a déjà été restauré.
form-refusal-bin-window-over = Le délai de conservation de cet élément dans la corbeille a expiré et son effacement définitif est en cours ; il ne peut pas être restauré.
form-refusal-bin-not-yours = Seule la personne qui l'a supprimé, ou un administrateur s'il s'agit d'un objet d'administration, peut le restaurer.
form-refusal-restore-conflict = { $what } : cet élément est de nouveau utilisé depuis sa suppression (quelqu'un l'a ajouté entre-temps) ; supprimez ou renommez d'abord l'élément existant, puis procédez à la restauration.
form-refusal-audit-entry-pruned = L'entrée { $index } du journal d'audit a été purgée à l'expiration de sa durée de conservation : son contenu n'existe plus et ne peut donc pas être prouvé ; son empreinte reste toutefois prise en compte dans chaque tête signée ultérieure.
form-refusal-legal-hold-in-force = Ce dossier fait déjà l'objet d'un gel juridique ; levez-le avant d'en instaurer un autre.
form-refusal-no-legal-hold = Aucun gel juridique n'est en vigueur sur ce dossier.
form-refusal-case-purged = Le contenu de ce dossier a été purgé à l'expiration de sa durée de conservation : rien ne peut plus y être ajouté ni faire l'objet d'un gel.
form-refusal-legal-hold-reason-missing = Un gel juridique doit être motivé : indiquez la procédure ou l'autorité qui exige la conservation de ce dossier.

## Régions de données.
form-refusal-region-unknown = { $region } n'est pas une région configurée.
form-refusal-region-same = Le dossier se trouve déjà dans la région { $region }.
form-refusal-region-move-running = Ce dossier est déjà en cours de transfert vers une autre région ; attendez la fin de ce transfert.
form-refusal-region-move-uploading = Un fichier de communication de ce dossier est encore en cours de téléversement ; terminez le téléversement ou retirez le fichier avant de transférer le dossier.

## Quelqu'un d'autre a effectué une modification entre-temps.
form-refusal-changed-request = La demande a été modifiée entre-temps ; rechargez la page et réessayez.
form-refusal-changed-production = La communication a été modifiée entre-temps ; rechargez la page et réessayez.
form-refusal-changed-upload = Ce téléversement a progressé entre-temps ; vérifiez où il en est et reprenez à partir de ce point.
form-refusal-changed-file-not-uploading = Ce fichier n'est pas en cours de téléversement (il est déjà enregistré ou a été retiré).
form-refusal-changed-no-suspension = Ce compte ne fait l'objet d'aucune suspension en vigueur (elle a peut-être été levée entre-temps).
form-refusal-changed-roles = Les rôles de { $target } ont été modifiés depuis cette proposition ; rejetez-la et formulez une nouvelle proposition.

## La décision de l'autorité d'exécution, et les régions de données désignées par leur nom.
form-ea-decision-missing = Choisissez la décision de l'autorité d'exécution.
form-ea-ground-missing = Choisissez le motif de refus (art. 12) invoqué par l'autorité d'exécution.
form-ea-data-missing = Indiquez les données visées par les motifs de l'autorité d'exécution (elles ne sont pas remises).
form-ea-data-unreadable = Décrivez les données concernées sur une seule ligne de 500 caractères au maximum, sans caractères de contrôle.
form-region-name-invalid = { $name } n'est pas un nom de région : utilisez de 1 à { $max } lettres minuscules, chiffres ou « - », en commençant par une lettre (p. ex. eu).

## Refus propres à l'application : l'état de la demande ou du fichier ne le permet pas.
form-conflict-not-your-production = Seul le chargé de production qui a ouvert cette communication peut y travailler.
form-conflict-file-incomplete = Seuls les fichiers entièrement téléversés peuvent être vérifiés.
form-conflict-file-takes-no-data = Ce fichier est complet ou ne fait plus partie d'une communication ouverte ; il n'accepte plus de données.
form-conflict-already-registered = Cette demande est déjà enregistrée.
form-conflict-requester-has-account = Ce requérant a déjà un compte sur le portail.
form-conflict-register-first = Enregistrez la demande avant de consigner les réponses qui s'y rapportent.
form-conflict-intake-draft = Cette demande a été reçue par le service d'accueil du fournisseur, qui la complète et l'enregistre ; envoyez-lui plutôt un message.
form-conflict-already-submitted = Cette demande a déjà été soumise.
form-conflict-submit-first = Soumettez la demande avant d'envoyer des messages à son sujet.
form-conflict-closed-to-documents = Cette demande est close ; il n'est plus possible d'y ajouter des documents.
form-conflict-region-draft-only = Seul un brouillon peut être placé dans une région.
form-conflict-region-out-of-reach = La règle de partage des données de cette personne ne couvre pas la région du dossier ; choisissez quelqu'un qui peut l'ouvrir.
form-conflict-export-building = Cet export est encore en préparation ; rechargez la page dans un instant.
form-conflict-submitted-no-edit = Cette demande a été soumise et ne peut plus être modifiée.
