## Problèmes de champs de formulaire (ticket 17). `$what` est l'un des noms de
## champ ci-dessous, cité après deux-points pour ne pas avoir à l'accorder.

## Noms de champ.

form-this-field = Ce champ
form-the-name = Le nom
form-the-reason = Le motif
form-the-message = Le message
form-the-file-name = Le nom du fichier
form-your-full-name = Vos nom et prénom
form-your-agency = Le nom de votre service
form-your-badge = Votre numéro de matricule ou d'identification
form-your-phone = Votre numéro de téléphone
form-your-mailing-address = Votre adresse postale
form-your-subdivision = Votre État, province ou région
form-what-title = Nom court de l'affaire
form-what-subdivision = État, province ou région
form-what-issuing-authority = Juridiction ou autorité d'émission
form-what-citation = Fondement juridique ou numéro de dossier
form-what-description = Ce que vous demandez et pourquoi
form-what-date-from = Début de la période
form-what-date-to = Fin de la période
form-what-deadline = Échéance
form-what-nondisclosure = Ordonnance de confidentialité
form-what-delay-of-notice = Ordonnance de report de la notification
form-what-narrative = Description de l'urgence
form-what-supervisor-name = Nom de votre supérieur hiérarchique
form-eu-issuing = autorité d'émission
form-eu-validating = autorité de validation
form-what-eu-issuing-name = Nom de l'autorité d'émission
form-what-eu-validating-name = Nom de l'autorité de validation
form-what-eu-issuing-file = Numéro de dossier de l'autorité d'émission
form-what-eu-validating-file = Numéro de dossier de l'autorité de validation
form-what-eu-address = Adresse
form-what-eu-signer = Nom du signataire
form-what-eu-phone = Numéro de téléphone
form-what-eu-email = Adresse électronique
form-what-eu-offence = Infraction et fondement juridique (section G)
form-what-eu-earlier = Injonction antérieure
form-what-eu-delay-end = Fin du report de l'information de l'utilisateur
form-what-eu-enforcing = Autorité d'exécution notifiée (section K)
form-what-eu-issued-on = Date d'émission
form-what-eu-delivery = Où les données doivent être envoyées (section L)
form-what-eu-information-ea = Informations pour l'autorité d'exécution (section M)

## Tout champ.

form-enter = Veuillez renseigner : { $what }.
form-too-long = { $what } : { $max } caractères au maximum.
form-line-break = { $what } : le texte contient un saut de ligne ou une tabulation ; saisissez-le sur une seule ligne.
form-invisible = { $what } : le texte contient un caractère de contrôle ou de mise en forme invisible (par exemple une inversion du sens d'écriture, peut-être collée avec le texte) ; veuillez le ressaisir.
form-not-a-date = { $what } : indiquez une date telle que 2026-11-27.

## Le profil (inscription, compte personnel) et les noms du personnel.

form-enter-full-name = Veuillez indiquer vos nom et prénom.
form-enter-agency = Veuillez indiquer le nom de votre service.
form-enter-badge = Veuillez indiquer votre numéro de matricule ou d'identification.
form-enter-phone = Veuillez indiquer votre numéro de téléphone.
form-enter-mailing-address = Veuillez indiquer votre adresse postale avec la rue.
form-enter-subdivision = Veuillez indiquer votre État, province ou région.
form-phone-format = Indiquez un numéro de téléphone avec son indicatif pays, par ex. +33 1 55 55 01 00 poste 12.
form-po-box = Indiquez une adresse avec rue où des actes de procédure peuvent être signifiés ; les boîtes postales ne sont pas acceptées.
form-agency-country = Choisissez le pays de votre service.
form-staff-name = Indiquez un nom complet de { $max } caractères au maximum.

## Un brouillon de demande.

form-issuing-country = Choisissez le pays de l'autorité d'émission.
form-instrument-wrong = Cet acte juridique ne peut pas fonder ce type de demande ; choisissez-en un dans la liste.
form-instrument-missing = Choisissez l'acte juridique sur lequel repose la demande.
form-targets-missing = Indiquez au moins un compte, une adresse électronique, un numéro de téléphone ou un autre identifiant.
form-target-type = Identifiant { $number } : choisissez son type.
form-target-invalid = Identifiant { $number } ({ $value }) : { $reason }.
form-target-empty = l'identifiant est vide
form-target-too-long = l'identifiant dépasse 320 caractères
form-target-control = l'identifiant contient un saut de ligne, un caractère de contrôle ou un caractère de mise en forme invisible
form-target-email = une adresse électronique doit contenir un seul @ avec du texte de part et d'autre, par ex. nom@example.com
form-target-phone = un numéro de téléphone doit comporter son indicatif pays et de 7 à 15 chiffres, par ex. +33 1 55 55 01 99
form-target-ip = ce n'est pas une adresse IPv4 ou IPv6 (indiquez une adresse, pas une plage)
form-target-meeting-id = un identifiant de réunion ne contient que des lettres, des chiffres, des espaces et des tirets
form-targets-too-many = { $max } identifiants au maximum par demande ; scindez les demandes plus larges.
form-data-categories = Choisissez les types de données que vous demandez.
form-date-range-missing = Indiquez la période des données demandées ; une demande sans limite dans le temps est trop large.
form-date-range-reversed = La fin de la période précède son début.
form-date-range-future = La période ne peut pas commencer dans le futur.
form-deadline-past = L'échéance doit être postérieure à aujourd'hui.
form-order-ended = { $what } : l'ordonnance a déjà pris fin ; choisissez « aucune ordonnance » ou indiquez sa date de fin réelle.
form-order-end-date = { $what } : indiquez la date de fin, par ex. 2027-05-31.
form-narrative-short = Décrivez le danger, les personnes menacées et pourquoi il est imminent ({ $min } caractères au minimum).
form-attest = Veuillez confirmer l'attestation d'urgence.
form-supervisor-phone = Indiquez le numéro de téléphone de votre supérieur avec l'indicatif pays, par ex. +33 1 55 55 01 00.
form-extends-reference = Indiquez la référence de la demande de conservation à prolonger, par ex. LERS-2026-000123.
form-preservation-reference = Indiquez la référence de votre demande de conservation, par ex. LERS-2026-000123, ou laissez le champ vide.
form-colleagues-too-many = { $max } collègues au maximum peuvent recevoir un accès.

## Le certificat d'une injonction européenne.

form-eu-member-state = Choisissez l'État membre de l'UE de l'{ $what } (le Danemark n'est pas lié par le règlement).
form-eu-data-categories = Choisissez les catégories de données indiquées dans le certificat (section F).
form-eu-earlier-order = Indiquez la référence LERS de l'injonction antérieure, par ex. LERS-2026-000123, ou l'identifiant de l'autorité d'émission.
form-eu-delay-ended = Le report de l'information de l'utilisateur a déjà pris fin ; choisissez « sans restriction ».
form-eu-delay-date = Indiquez la date jusqu'à laquelle l'utilisateur ne doit pas être informé, par ex. 2027-05-31.
form-eu-enforcing-email = Indiquez l'adresse électronique de l'autorité d'exécution sous la forme nom@example.eu, ou laissez le champ vide.
form-eu-issued-future = Le certificat ne peut pas être émis dans le futur.
form-eu-issued-on = Indiquez la date de signature du certificat.
form-eu-received-before-issue = Le certificat est daté du { $issued }, après la réception de l'injonction ({ $received }) ; vérifiez la date d'émission et l'heure de réception.

## Suivi d'une demande : retrait, messages, envois de fichiers.

form-withdraw-reason = Indiquez le motif du retrait ({ $max } caractères au maximum).
form-message-length = Rédigez un message de { $max } caractères au maximum.
form-message-unreadable = Le message n'a pas pu être lu, ou il est bien plus long qu'un message ne peut l'être ; raccourcissez-le.
form-form-unreadable = Le formulaire n'a pas pu être lu ; veuillez le renvoyer.
form-upload-unreadable = Le fichier envoyé n'a pas pu être lu ; veuillez réessayer.
form-upload-interrupted = L'envoi a été interrompu ou le fichier est trop volumineux ; veuillez réessayer.
form-file-missing = Choisissez un fichier à envoyer.
form-file-too-large = Le fichier dépasse { $mib } Mio ; scindez-le ou demandez au fournisseur un autre moyen de l'envoyer.

## L'adresse électronique à l'inscription et dans le profil.

form-email-not-allowed = { $domain } ne figure pas sur la liste des domaines de messagerie officiels admis. Utilisez votre adresse électronique officielle d'administration ou de police ; si le domaine de votre service manque, demandez au fournisseur de l'ajouter.
form-email-empty = Indiquez votre adresse électronique : votre adresse professionnelle officielle, par exemple nom@service.gouv.fr.
form-email-missing-at = Cette adresse électronique ne contient pas de « @ ». Indiquez votre adresse professionnelle complète, par exemple nom@service.gouv.fr.
form-email-too-many-at = Cette adresse électronique contient plus d'un « @ ». Indiquez une seule adresse, par exemple nom@service.gouv.fr.
form-email-quoted = Les adresses électroniques avec guillemets ne sont pas acceptées. Indiquez votre adresse sans guillemets, par exemple nom@service.gouv.fr.
form-email-comment = Les adresses électroniques avec parenthèses « ( » ou « ) » ne sont pas acceptées. Supprimez les parenthèses et le texte qu'elles entourent.
form-email-whitespace = Cette adresse électronique contient une espace, une tabulation ou un autre caractère invisible. Supprimez-le (vérifiez aussi le début et la fin) et réessayez.
form-email-non-ascii = Cette adresse électronique contient des caractères internationaux (lettres hors de l'alphabet a-z simple). Ils ne sont pas acceptés, car des lettres d'autres alphabets d'apparence identique sont une ruse connue pour usurper des adresses officielles. Saisissez votre adresse à la main plutôt que de la coller.
form-email-punycode = Cette adresse électronique utilise un nom de domaine international encodé (une partie commençant par « xn-- »). Ces adresses ne sont pas acceptées, car des lettres d'apparence identique sont une ruse connue pour usurper des adresses officielles. Utilisez l'adresse simple de votre service.
form-email-trailing-dot = Cette adresse électronique se termine par un point. Supprimez ce point final et réessayez.
form-email-domain-literal = Les adresses comportant une adresse IP entre crochets ne sont pas acceptées. Utilisez l'adresse électronique de votre service avec un nom de domaine, par exemple nom@service.gouv.fr.
form-email-domain-empty = Cette adresse électronique ne comporte rien après le « @ ». Indiquez votre adresse complète, par exemple nom@service.gouv.fr.
form-email-domain-empty-label = La partie après le « @ » commence par un point ou contient deux points consécutifs. Vérifiez l'adresse pour repérer une faute de frappe.
form-email-domain-character = La partie après le « @ » ne peut contenir que des lettres, des chiffres, des tirets et des points. Vérifiez l'adresse pour repérer une faute de frappe.
form-email-domain-label-hyphen = Une partie du domaine après le « @ » commence ou se termine par un tiret, ce qui n'est pas valide. Vérifiez l'adresse pour repérer une faute de frappe.
form-email-domain-label-too-long = Une partie du domaine après le « @ » dépasse 63 caractères, ce qui n'est pas valide. Vérifiez l'adresse pour repérer une faute de frappe.
form-email-domain-too-long = La partie après le « @ » dépasse 253 caractères, ce qui n'est pas valide. Vérifiez l'adresse pour repérer une faute de frappe.
form-email-single-label = La partie après le « @ » doit être un nom de domaine complet comportant un point, comme service.gouv.fr. Indiquez votre adresse professionnelle complète.
form-email-numeric-tld = La partie après le « @ » doit se terminer par un nom comme .fr, et non par un nombre. Indiquez l'adresse électronique de votre service, pas une adresse IP.
form-email-local-empty = Cette adresse électronique ne comporte rien avant le « @ ». Indiquez votre adresse complète, par exemple nom@service.gouv.fr.
form-email-local-too-long = La partie avant le « @ » dépasse 64 caractères, ce que la messagerie ne permet pas. Vérifiez l'adresse pour repérer une faute de frappe.
form-email-local-dots = La partie avant le « @ » commence ou se termine par un point, ou contient deux points consécutifs. Vérifiez l'adresse pour repérer une faute de frappe.
form-email-local-character = La partie avant le « @ » contient un caractère non accepté. Utilisez uniquement des lettres, des chiffres, des points et les symboles ! # $ % & ' * + / = ? ^ _ ` { "{" } | { "}" } ~ -
form-email-too-long = Cette adresse électronique dépasse 254 caractères, ce que la messagerie ne permet pas. Vérifiez l'adresse pour repérer une faute de frappe.

## Un nouveau mot de passe.

form-password-too-short = Ce mot de passe est trop court. Utilisez au moins { $min } caractères ; quelques mots sans rapport entre eux forment un mot de passe long et facile à retenir.
form-password-too-long = Ce mot de passe est trop long. Utilisez au plus { $max } caractères.
form-password-common = Ce mot de passe figure sur une liste de mots de passe courants que les attaquants essaient en premier. Choisissez-en un autre, moins prévisible.
form-password-contains-email = Ce mot de passe contient la partie de votre adresse électronique située avant le « @ », l'une des premières choses qu'un attaquant essaierait. Choisissez un mot de passe qui ne la contient pas.
form-password-mismatch = Les deux mots de passe ne correspondent pas. Saisissez le même mot de passe dans les deux champs.

## Dépôt : ce à quoi le brouillon se réfère. L'acte juridique en PDF.

form-extends-not-yours = { $reference } ne fait pas partie de vos demandes de conservation en cours.
form-preservation-not-in-force = { $reference } ne fait pas partie de vos conservations en vigueur.
form-pdf-not-pdf = ce fichier n'est pas un PDF (son contenu ne commence pas comme un PDF, quel que soit son nom) ; envoyez l'acte juridique au format PDF
form-pdf-encrypted = ce PDF est chiffré ou protégé par mot de passe ; envoyez une copie non protégée
form-pdf-active-content = ce PDF contient du JavaScript ou des actions qui lancent des programmes, ce qui n'est pas accepté ; imprimez-le dans un nouveau PDF et envoyez celui-ci
form-pdf-unreadable = ce PDF est endommagé et illisible ({ $detail }) ; exportez-le à nouveau et envoyez le nouveau fichier
form-pdf-too-complex = la vérification de ce PDF demande plus de mémoire ou de temps que ce serveur ne le permet (il contient un nombre inhabituel d'objets) ; imprimez-le dans un nouveau PDF, ou scindez-le, et envoyez le résultat
form-pdf-checker-unavailable = le serveur n'a pas pu vérifier ce fichier pour l'instant ; réessayez dans quelques minutes et prévenez le fournisseur si cela persiste
form-pdf-busy = le serveur est occupé à vérifier d'autres fichiers ; réessayez dans quelques minutes

## Codes d'une application d'authentification ; mot de passe et adresse du compte personnel.

form-code-malformed = saisissez le code à 6 chiffres de votre application d'authentification (chiffres uniquement)
form-code-wrong = ce code n'est pas correct ; vérifiez l'heure de votre téléphone et saisissez le code actuel
form-code-reused = ce code a déjà été utilisé ; attendez le code suivant et saisissez-le
form-not-current-password = Ce n'est pas votre mot de passe actuel.
form-email-unchanged = C'est déjà l'adresse du compte ; saisissez la nouvelle.

## Jetons d'API ; quitter LERS.

form-token-name = Donnez au jeton un nom de { $max } caractères au maximum.
form-token-scopes = Choisissez au moins une portée.
form-token-lifetime = choisissez une durée de validité de 1 à { $max } jours
form-leave-confirm = Cochez la case pour confirmer que vous comprenez ce qui est effacé et ce qui est conservé.
