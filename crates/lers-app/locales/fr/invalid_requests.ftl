## What was sent cannot be acted on: a link that no longer works, a form that could
## not be read, a choice the page did not offer.

## Links sent by email.
form-link-unknown = Ce lien n'est pas valide. Demandez-en un nouveau.
form-link-expired = Ce lien a expiré. Demandez-en un nouveau.
form-link-used = Ce lien a déjà été utilisé. Connectez-vous ou demandez un nouveau lien.
form-link-revoked = Ce lien ne fonctionne plus : un lien plus récent a été envoyé, ou le compte a été vérifié ou modifié depuis. Utilisez le dernier lien reçu, ou connectez-vous.
form-enrollment-reload = Rechargez la page pour obtenir votre code de configuration.

## Forms and choices.
form-unreadable = Le formulaire n'a pas pu être lu. Rechargez la page et envoyez-le de nouveau.
form-incomplete = Le formulaire est incomplet ou contient une valeur que la page ne propose pas. Rechargez la page et remplissez-le de nouveau.
form-choose-request-kind = Choisissez un type de demande.
form-choose-eu-form = Choisissez le formulaire 5 ou le formulaire 6.
form-choose-language = LERS ne propose pas la langue « { $language } ». Choisissez l'une des suivantes : { $languages }.
form-choose-key-policy = Choisissez l'un des réglages de sécurité de la connexion proposés sur la page.
form-choose-key-policy-decision = Approuvez ou rejetez la modification en attente à l'aide de l'un des boutons de la page.
form-choose-account-status = Choisissez l'un des statuts de compte proposés sur la page.

## Uploads.
form-upload-offset-missing = Indiquez dans l'en-tête Upload-Offset la position, en octets, à laquelle commence ce fragment.
form-multipart-unreadable = Le fichier envoyé n'a pas pu être lu. Envoyez-le de nouveau au format multipart/form-data.
form-upload-file-field-missing = Envoyez le PDF dans le champ multipart nommé « file ».

## Signing in: one answer for a wrong address, password or code, so that it does not
## tell an attacker which part was right.
form-login-invalid = L'adresse électronique, le mot de passe ou le code n'est pas correct. Chaque code ne sert qu'une fois : si vous venez d'en utiliser un, attendez le suivant.
form-login-locked = Ce compte est verrouillé après un trop grand nombre d'échecs. Demandez à l'équipe de réponse du fournisseur de le déverrouiller.
form-login-disabled = Ce compte est désactivé. Contactez l'équipe de réponse du fournisseur.
form-login-disabled-inactive = Ce compte a été désactivé faute d'utilisation pendant 90 jours. Demandez à l'équipe de réponse du fournisseur de le réactiver.
form-login-domain-not-admitted = Le domaine de votre organisme n'est plus admis ; contactez le fournisseur.
form-login-throttled = Trop de tentatives échouées depuis votre réseau. Attendez 15 minutes et réessayez.
