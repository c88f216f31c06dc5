## Clés d'accès et clés de sécurité (WebAuthn)

passkey-working = Suivez les instructions de votre navigateur ou de votre clé de sécurité…
passkey-cancelled = La clé n'a pas été utilisée : l'opération a été annulée ou le délai a expiré. Veuillez réessayer.
passkey-unavailable = Ce navigateur ne peut pas utiliser de clés d'accès ni de clés de sécurité (WebAuthn n'est pas disponible ou la page n'est pas servie en HTTPS). Utilisez un navigateur à jour, ou connectez-vous avec votre mot de passe et un code.
passkey-needs-script = Les clés d'accès et les clés de sécurité nécessitent JavaScript dans ce navigateur. Connectez-vous plutôt avec votre mot de passe et un code.
passkey-sign-in-title = Se connecter avec une clé d'accès
passkey-sign-in-lead = Utilisez une clé d'accès ou une clé de sécurité enregistrée pour votre compte. Son déverrouillage par code PIN, empreinte digitale ou reconnaissance faciale vaut pour les deux facteurs : ni mot de passe ni code ne sont nécessaires.
passkey-sign-in-button = Se connecter avec une clé d'accès
passkey-second-factor-button = Utiliser ma clé de sécurité au lieu d'un code
passkey-second-factor-missing = Saisissez d'abord votre adresse e-mail et votre mot de passe, puis utilisez votre clé.
passkey-step-up-button = Confirmer avec ma clé de sécurité
passkey-step-up-done = Clé confirmée. Laissez le champ du code vide et poursuivez.
passkey-login-key-required = Votre compte doit se connecter avec une clé d'accès ou une clé de sécurité : un mot de passe et un code ne suffisent pas. Utilisez « Se connecter avec une clé d'accès » ci-dessous.

passkeys-title = Clés d'accès et clés de sécurité
passkeys-lead = Une clé d'accès ou une clé de sécurité vous connecte sans mot de passe et résiste à l'hameçonnage : elle ne fonctionne que sur ce site. Vous pouvez en enregistrer plusieurs, par exemple une sur votre ordinateur et une clé de secours sur votre trousseau.
passkeys-manage-link = Clés d'accès et clés de sécurité
passkeys-enrolment-required = Votre organisation exige une connexion par clé d'accès ou clé de sécurité. Enregistrez-en une maintenant ; cette page ne vous est ouverte que quelques minutes après la connexion. Vous vous connecterez ensuite avec la clé.
passkeys-policy-applies = Votre organisation exige une connexion par clé d'accès ou clé de sécurité ; votre dernière clé ne peut donc pas être supprimée.
passkeys-none = Aucune clé d'accès ni clé de sécurité n'est encore enregistrée.
passkeys-caption = Vos clés d'accès et clés de sécurité
passkeys-col-synced = Synchronisée
passkeys-never-used = Jamais utilisée
passkeys-synced-yes = Oui (sauvegardée par son fournisseur)
passkeys-synced-no = Non (conservée sur l'appareil)
passkeys-new-name = Nouveau nom
passkeys-rename = Renommer
passkeys-remove = Supprimer
passkeys-fresh-factor-hint = L'ajout, le renommage ou la suppression d'une clé exige un second facteur récent : un code actuel, ou une clé ou un code confirmé dans les 5 dernières minutes.
passkeys-add-title = Ajouter une clé d'accès ou une clé de sécurité
passkeys-name = Nom de la clé
passkeys-name-hint = Un nom qui permet de distinguer vos clés, par exemple « Ordinateur du bureau » ou « Clé bleue ».
passkeys-code-hint = Un code actuel de votre application d'authentification. Laissez ce champ vide si vous avez confirmé un code ou une clé dans les 5 dernières minutes.
passkeys-add = Ajouter la clé
passkey-registered = La clé a été ajoutée. Vous pouvez désormais vous connecter avec elle.
passkey-renamed = La clé a été renommée.
passkey-removed = La clé a été supprimée. Elle ne permet plus de se connecter à ce compte.

passkey-error-no-relying-party = Les clés d'accès ne peuvent pas être utilisées sur cette installation : son adresse publique n'est pas une adresse web valable pour elles. Veuillez en informer l'équipe de réponse du fournisseur.
passkey-error-challenge = Cette tentative a expiré ou a déjà été utilisée. Veuillez recommencer.
passkey-error-rejected = La réponse de la clé n'a pas pu être vérifiée. Réessayez avec une clé enregistrée pour ce compte et déverrouillez-la avec son code PIN ou sa donnée biométrique.
passkey-error-clone = Cette clé a été refusée : son compteur d'utilisation a reculé, ce qui peut indiquer une copie. La tentative a été enregistrée. Utilisez une autre clé ou votre code et informez l'équipe de réponse du fournisseur.
passkey-error-unknown-key = Cette clé n'est enregistrée pour aucun compte ici. Connectez-vous avec votre mot de passe et un code, puis ajoutez la clé.
passkey-error-no-keys = Aucune clé d'accès ni clé de sécurité n'est enregistrée pour votre compte. Utilisez un code, ou ajoutez une clé sous « Clés d'accès et clés de sécurité ».
passkey-error-already-registered = Cette clé est déjà enregistrée.
passkey-error-too-many = Ce compte possède déjà le nombre maximal de clés autorisé (20). Supprimez-en une avant d'en ajouter une autre.
passkey-error-name-empty = Veuillez donner un nom à la clé.
passkey-error-name-long = Le nom ne peut pas dépasser 60 caractères.
passkey-error-name-characters = Le nom ne peut contenir ni saut de ligne ni caractère de contrôle invisible.
passkey-error-fresh-factor = Cette action exige un second facteur récent : saisissez un code actuel de votre application d'authentification, ou confirmez d'abord avec votre clé de sécurité.
passkey-error-last-key = Il s'agit de votre dernière clé et votre organisation en exige une : ajoutez une autre clé avant de supprimer celle-ci.
passkey-error-account = Ce compte ne peut pas se connecter pour le moment (il est verrouillé ou désactivé, ou son domaine n'est plus admis). Contactez l'équipe de réponse du fournisseur.
passkey-error-throttled = Trop de tentatives échouées depuis votre réseau. Attendez 15 minutes, puis réessayez.
passkey-error-internal = Une erreur s'est produite de notre côté. Veuillez réessayer et prévenir le fournisseur si elle persiste.

passkey-policy-title = Sécurité de la connexion
passkey-policy-lead = Qui doit se connecter avec une clé d'accès ou une clé de sécurité. Les personnes concernées ne peuvent plus se connecter avec un mot de passe et un code ; celles qui n'ont pas encore de clé en enregistrent une juste après leur prochaine connexion par mot de passe et code.
passkey-policy-link = Sécurité de la connexion : clés d'accès et clés de sécurité
passkey-policy-legend = Les clés d'accès ou clés de sécurité sont exigées pour
passkey-policy-save = Enregistrer
passkey-policy-saved = La règle de connexion a été enregistrée.
passkey-policy-nobody = Personne (facultatives pour tous)
passkey-policy-approvers = Les agents ayant le rôle d'approbateur
passkey-policy-all_staff = L'ensemble du personnel
passkey-policy-everyone = Tout le monde, demandeurs compris
passkey-policy-four-eyes = Exiger une clé d'un plus grand nombre de personnes s'applique aussitôt. L'exiger d'un plus petit nombre retire une protection : un second administrateur doit alors l'approuver.
passkey-policy-proposed = La modification assouplit la règle : elle attend donc sur cette page l'approbation d'un second administrateur ; sans approbation dans les 72 heures, elle expire. D'ici là, la règle en vigueur reste inchangée.
passkey-policy-pending = { $name } propose de n'exiger de clé que de : { $policy }. Proposé { $at } ; la proposition expire { $expires }.
passkey-policy-own-proposal = Vous avez proposé cette modification : un autre administrateur doit l'approuver. Vous pouvez la retirer.
passkey-policy-withdraw = Retirer ma proposition
passkey-policy-approved = La modification a été approuvée et est désormais en vigueur.
passkey-policy-rejected = La proposition a été écartée ; la règle en vigueur reste inchangée.

# Mail to the owner when a key is added or removed (a stolen session must not add one unnoticed).
mail-key-added-subject = { $service } : une clé de sécurité a été ajoutée à votre compte
mail-key-added-body =
    Bonjour { $name },

    La clé de sécurité ou clé d’accès « { $key } » a été ajoutée à votre compte { $service } le { $at }.

    Si vous en êtes à l’origine, vous n’avez rien à faire. Sinon, connectez-vous sans attendre, supprimez la clé, changez votre mot de passe et prévenez le fournisseur :
    { $link }
mail-key-removed-subject = { $service } : une clé de sécurité a été retirée de votre compte
mail-key-removed-body =
    Bonjour { $name },

    La clé de sécurité ou clé d’accès « { $key } » a été retirée de votre compte { $service } le { $at }.

    Si vous en êtes à l’origine, vous n’avez rien à faire. Sinon, connectez-vous sans attendre, vérifiez vos clés, changez votre mot de passe et prévenez le fournisseur :
    { $link }
mail-key-renamed-subject = { $service } : une clé de sécurité de votre compte a été renommée
mail-key-renamed-body =
    Bonjour { $name },

    La clé de sécurité ou clé d’accès « { $previous } » de votre compte { $service } a été renommée « { $key } » le { $at }.

    Si vous en êtes à l’origine, vous n’avez rien à faire. Sinon, connectez-vous sans attendre, vérifiez vos clés, changez votre mot de passe et prévenez le fournisseur :
    { $link }
