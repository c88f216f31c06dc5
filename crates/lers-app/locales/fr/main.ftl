# Messages français de l'application web LERS. Pour ajouter une langue, copiez ce dossier
# dans locales/<étiquette de langue>/ (p. ex. locales/de/) et traduisez chaque message.

app-name = LERS
app-tagline = Système de traitement des demandes des services répressifs
skip-to-content = Aller au contenu principal
nav-label = Navigation principale
nav-console = Console
nav-accounts = Comptes
nav-domains = Domaines gouvernementaux
nav-audit = Journal d'audit
nav-dashboard = Tableau de bord
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter
footer-text = Chaque action effectuée dans ce système est consignée dans un journal d'audit dont toute altération est détectable. Ne l'utilisez que pour des demandes licites.
language-switcher-label = Langue

error-title = Une erreur s'est produite
error-home = Retour à la page d'accueil

home-title = Demandes légales de données d'utilisateurs
home-lead = Les agents publics et représentants des services répressifs dont l'identité a été vérifiée transmettent ici leurs actes juridiques, suivent leur examen, échangent avec l'équipe de réponse et reçoivent les données communiquées en toute sécurité.
home-requesters-title = Services répressifs et administrations
home-requesters-text = Créez un compte avec votre adresse électronique officielle. Vous vérifierez cette adresse, choisirez un mot de passe et configurerez la validation en deux étapes.
home-emergency-title = Urgences
home-emergency-text = Si une vie est en danger imminent, connectez-vous et déposez une demande de communication en urgence : elle passe en tête de toutes les files d'attente. Les demandes urgentes sont vérifiées par un contre-appel auprès de votre organisme.

form-has-errors = Le formulaire comporte des erreurs
pager-label = Pages
pager-prev = Précédente
pager-next = Suivante
pager-status = Page { $page } sur { $pages } ({ $total } au total)

signup-title = Créer un compte de requérant
signup-lead = Seuls les agents publics dont l'adresse électronique figure sur la liste d'autorisation gouvernementale peuvent s'inscrire. Tous les champs sont obligatoires.
signup-you = Vous concernant
signup-agency = Votre organisme
signup-submit = Créer le compte
signup-sent-title = Consultez votre messagerie
signup-sent-text = Si l'adresse peut être enregistrée, nous y avons envoyé un lien permettant de la vérifier et de choisir un mot de passe. Ce lien n'est utilisable qu'une fois, pendant 24 heures.
field-name = Nom complet
field-gov-email = Adresse électronique officielle
field-gov-email-hint = Par exemple nom@pd.nomdelaville.gov. Les adresses personnelles ne sont pas acceptées.
field-email = Adresse électronique
field-phone = Numéro de téléphone
field-phone-hint = Avec l'indicatif du pays et, le cas échéant, le poste, p. ex. +1 325 555 0100 poste 12.
field-agency = Nom de l'organisme
field-badge = Numéro de matricule ou d'identification
field-address = Adresse postale
field-address-hint = Adresse à laquelle les actes peuvent être signifiés, sur une seule ligne (séparez les éléments par des virgules). Les boîtes postales ne sont pas acceptées.
field-country = Pays
field-country-choose = Choisissez un pays
field-subdivision = État, province ou région
field-subdivision-hint = De l'autorité d'émission, p. ex. TX ou Mazowieckie.

password-title = Choisissez votre mot de passe
password-lead = Votre adresse { $email } est vérifiée. Choisissez un mot de passe.
field-new-password = Nouveau mot de passe
field-new-password-hint = Au moins 12 caractères ; les phrases de passe longues sont bienvenues. Les mots de passe trop courants sont refusés.
field-password-confirm = Saisissez à nouveau le mot de passe
password-submit = Enregistrer le mot de passe et continuer
link-invalid-title = Ce lien n'est pas utilisable

mfa-title = Configurer la validation en deux étapes
mfa-lead = Chaque compte exige une seconde étape lors de la connexion : un code à 6 chiffres fourni par une application d'authentification sur votre téléphone.
mfa-step-app = Installez une application d'authentification (par exemple FreeOTP, Google Authenticator ou Microsoft Authenticator).
mfa-step-scan = Scannez ce code avec l'application :
mfa-qr-label = Code QR pour votre application d'authentification
mfa-step-manual = Ou saisissez cette clé dans l'application :
mfa-step-code = Saisissez le code à 6 chiffres affiché par l'application.
field-code = Code à 6 chiffres
field-code-hint = Fourni par votre application d'authentification.
mfa-submit = Activer la validation en deux étapes
mfa-on = activée
mfa-off = non configurée

login-title = Connexion
login-code-hint = Le code à 6 chiffres de votre application d'authentification, ou l'un de vos codes de récupération (ABCDE-FGHIJ) si vous l'avez perdue. Ne laissez ce champ vide que si vous n'avez pas encore configuré la validation en deux étapes.
login-submit = Se connecter
login-no-account = Vous n'avez pas encore de compte ?
field-password = Mot de passe

dashboard-title = Tableau de bord
dashboard-welcome = Connecté en tant que { $name }.
dashboard-requests = Vos demandes
dashboard-no-requests = Vous n'avez encore aucune demande.
dashboard-profile = Vos coordonnées
dashboard-sign-ins = Activité récente de votre compte
dashboard-sign-ins-hint = Si vous constatez une connexion ou une modification que vous ne reconnaissez pas, contactez immédiatement l'équipe de réponse du fournisseur.
col-time = Heure (UTC)
col-event = Événement
col-ip = Provenance
col-person = Personne
col-kind = Type
col-status = Statut
col-mfa = Deux étapes
col-roles = Rôles
col-actions = Actions
col-pattern = Domaine ou règle
col-organization = Organisation
col-place = Lieu
col-type = Type
col-source = Source
col-actor = Auteur
col-subject = Objet
col-outcome = Résultat
col-details = Détails

setup-title = Créer le premier administrateur
setup-lead = Ce lien à usage unique crée le premier compte administrateur. Vous configurerez ensuite la validation en deux étapes.
setup-submit = Créer le compte administrateur

console-title = Console de traitement
console-welcome = Connecté en tant que { $name } (rôles : { $roles }).
console-accounts-text = Personnel, rôles, comptes des requérants, verrouillages.
console-domains-text = La liste d'autorisation des adresses électroniques gouvernementales.
console-audit-text = Consulter, filtrer et vérifier le journal d'audit, dont toute altération est détectable.
console-queue-title = File des demandes
console-queue-text = Les demandes des services répressifs apparaissent ici dès leur soumission.

filter-search = Rechercher
filter-kind = Type
filter-all = Tous
filter-apply = Appliquer
filter-actor = Auteur (identifiant pseudonyme)
filter-subject = Objet
filter-action = Action
filter-outcome = Résultat
kind-requester = Requérants
kind-staff = Personnel
accounts-caption = Comptes, du plus récent au plus ancien
roles-of = Rôles de { $name }
roles-save = Enregistrer les rôles
action-unlock = Déverrouiller
action-enable = Activer
action-disable = Désactiver
invite-title = Inviter un membre du personnel
invite-text = Le nouveau membre du personnel reçoit un lien à usage unique pour choisir un mot de passe et configurer la validation en deux étapes.
invite-submit = Envoyer l'invitation
invite-sent = Invitation envoyée à { $email }.
roles-saved = Rôles de { $name } enregistrés.
status-saved = Statut de { $name } : { $status }.

domains-lead = L'inscription n'est ouverte qu'aux adresses figurant sur cette liste. Un domaine admet aussi ses sous-domaines ; une règle telle que *.police.uk admet tous les sous-domaines de police.uk.
domains-caption = Entrées de la liste d'autorisation
domains-add-title = Ajouter un domaine ou une règle
field-pattern = Domaine ou règle
field-pattern-hint = Un domaine tel que nomdelaville.gov, ou une règle telle que *.police.uk.
domains-add-submit = Ajouter à la liste d'autorisation
domain-added = { $pattern } ajouté.
domain-updated = { $pattern } mis à jour.
status-enabled = activé
status-disabled = désactivé

audit-lead = { $entries } entrées. Les enregistrements désignent les personnes par des identifiants pseudonymes.
audit-caption = Événements d'audit, du plus récent au plus ancien
audit-verify = Vérifier l'intégralité du journal
audit-verified = Le journal est vérifié de bout en bout. Racine : { $root }
audit-broken = La vérification du journal a ÉCHOUÉ : { $problem }

mail-verify-subject = { $service } : vérifiez votre adresse électronique
mail-verify-body =
    Bonjour { $name },

    Une personne (vous, nous l'espérons) a demandé l'ouverture d'un compte de requérant { $service } avec cette adresse.
    Pour vérifier l'adresse et choisir un mot de passe, ouvrez ce lien dans les 24 heures :

    { $link }

    Ce lien n'est utilisable qu'une fois, et seul le dernier lien envoyé est valable. Si vous n'avez pas demandé de compte, ne tenez pas compte de ce message.
mail-already-registered-subject = { $service } : vous avez déjà un compte
mail-already-registered-body =
    Bonjour { $name },

    Une personne a tenté de créer un compte { $service } avec cette adresse, qui en possède déjà un.
    Pour vous connecter, rendez-vous sur :

    { $link }

    Si vous n'êtes pas à l'origine de cette tentative, aucune action n'est nécessaire ; votre compte n'a pas été modifié.
mail-staff-invite-subject = { $service } : vous êtes invité à rejoindre l'équipe de réponse
mail-staff-invite-body =
    Bonjour { $name },

    Un administrateur a créé pour vous un compte du personnel { $service } (rôles : { $roles }).
    Pour choisir votre mot de passe et configurer la validation en deux étapes, ouvrez ce lien dans les 24 heures :

    { $link }

    Ce lien n'est utilisable qu'une fois.

## Demandes
nav-requests = Demandes
nav-tokens = Jetons d'API
requests-title = Vos demandes
requests-lead = Les demandes que vous avez déposées et celles que des collègues ont partagées avec vous. Les demandes urgentes sont traitées en priorité.
requests-new = Déposer une nouvelle demande
requests-caption = Demandes, de la plus récemment modifiée à la plus ancienne
requests-none = Aucune demande ne correspond.
col-reference = Référence
col-title = Affaire
col-deadline = Échéance
col-updated = Dernière mise à jour
filter-status = Statut
filter-reference = Référence ou nom de l'affaire
shared-marker = partagée avec vous
draft-marker = pas encore soumise

new-request-title = Déposer une nouvelle demande
new-request-lead = Choisissez l'objet de votre demande. Vous pouvez enregistrer un brouillon et y revenir avant de la soumettre.
kind-user_data = Demande de données d'utilisateur
kind-user_data-help = Fondée sur un acte juridique : subpoena, ordonnance judiciaire, mandat de perquisition, demande d'entraide judiciaire (MLAT), injonction européenne de production ou autre décision nationale.
kind-emergency = Demande de communication en urgence
kind-emergency-help = Danger imminent de mort ou de blessure physique grave, ou enfant en danger. Aucun acte juridique n'est requis, mais une description et une attestation le sont. Vérifiée par un contre-appel auprès de votre organisme.
kind-preservation = Demande de conservation
kind-preservation-help = Geler des données pendant que vous obtenez un acte juridique (90 jours, prolongeables une fois ; injonction européenne de conservation : 60 + 30 jours).
kind-preservation_extension = Prolongation de conservation
kind-preservation_extension-help = Prolonger l'une de vos demandes de conservation.
kind-withhold_access = Demande de restriction d'accès
kind-withhold_access-help = Restreindre un compte ou bloquer une réunion, p. ex. pendant une infraction en cours. Fondée sur un acte juridique.
start-request = Commencer

instrument-subpoena = Subpoena (injonction de produire)
instrument-court_order = Ordonnance judiciaire
instrument-search_warrant = Mandat de perquisition
instrument-mlat = Demande d'entraide judiciaire (MLAT) / fondée sur un accord international
instrument-eu_production_order = Injonction européenne de production (UE)
instrument-eu_preservation_order = Injonction européenne de conservation (UE)
instrument-preservation_letter = Demande de conservation (p. ex. 18 U.S.C. § 2703(f))
instrument-other_national_order = Autre décision nationale
instrument-national_security = Procédure relevant de la sécurité nationale

category-subscriber_info = Informations relatives à l'abonné
category-connection_logs = Journaux de connexion et adresses IP
category-meeting_metadata = Métadonnées des réunions
category-billing = Données de facturation
category-content = Contenu

target-email = Adresse électronique
target-phone = Numéro de téléphone (E.164)
target-account_id = Identifiant du compte
target-meeting_id = Identifiant de la réunion
target-username = Nom d'utilisateur
target-ip_address = Adresse IP

status-draft = Brouillon
status-submitted = Soumise
status-in_review = En cours d'examen
status-needs_info = Informations requises
status-approved = Approuvée
status-produced = Données communiquées
status-rejected = Rejetée
status-challenged = Contestée
status-closed = Clôturée
status-withdrawn = Retirée
status-preserved = Données conservées
status-extended = Prolongée
status-expired = Expirée
status-released = Levée
status-fulfilled = Exécutée

form-request-title = { $kind }
form-request-lead = Les champs marqués d'un * sont obligatoires pour la soumission. Vous pouvez enregistrer un brouillon à tout moment.
section-case = L'affaire
section-process = Acte juridique
section-targets = Comptes et identifiants
section-targets-help = Un identifiant par ligne. Choisissez son type ; le format est normalisé (p. ex. numéros de téléphone au format +15550100199).
section-data = Données demandées
section-orders = Décisions s'imposant au fournisseur
section-emergency = L'urgence
section-sharing = Collègues
field-title = Nom de l'affaire *
field-title-hint = Un nom court pour votre propre suivi, p. ex. « Opération Noyer ».
field-description = Objet et motif de la demande *
field-description-hint = Les données recherchées et leur lien avec l'enquête. Les demandes ciblées sont traitées plus rapidement.
field-issuing-authority = Juridiction ou autorité d'émission *
field-instrument = Acte juridique *
field-instrument-choose = Choisissez…
field-citation = Référence ou numéro de dossier *
field-request-country = Pays de l'autorité d'émission *
field-request-subdivision = État, province ou région *
field-target-type = Type de l'identifiant { $n }
field-target-value = Identifiant { $n }
add-targets = Ajouter des lignes
field-categories = Catégories de données *
field-date-from = Données à partir du (date) *
field-date-to = Données jusqu'au (date) *
field-deadline = Réponse souhaitée avant le (facultatif)
field-nondisclosure = Ordonnance de non-divulgation
field-delay-notice = Ordonnance de report de la notification
order-none = Aucune ordonnance de ce type
order-until = En vigueur jusqu'au
order-indefinite = En vigueur sans date de fin
field-order-until = Date de fin
field-narrative = Décrivez l'urgence *
field-narrative-hint = Qui est en danger, en quoi consiste le danger et pourquoi il est imminent.
field-attested = J'atteste qu'il s'agit d'une urgence impliquant un danger de mort ou de blessure physique grave et qu'une communication sans délai est nécessaire pour l'empêcher. *
field-supervisor-name = Nom du supérieur hiérarchique *
field-supervisor-phone = Téléphone du supérieur hiérarchique *
field-extends = Référence de la demande de conservation à prolonger *
field-colleagues = Collègues autorisés à consulter cette demande
field-colleagues-hint = Jusqu'à 5 adresses électroniques de collègues de votre organisme disposant de leur propre compte, une par ligne.
save-draft = Enregistrer le brouillon
submit-request = Soumettre la demande
draft-saved = Brouillon enregistré.

detail-kind = Type
detail-status = Statut
detail-reference = Référence
detail-submitted = Soumise le
detail-deadline = Échéance
detail-authority = Autorité d'émission
detail-instrument = Acte juridique
detail-citation = Référence
detail-country = Pays
detail-targets = Identifiants
detail-categories = Données demandées
detail-dates = Période
detail-nondisclosure = Ordonnance de non-divulgation
detail-delay = Ordonnance de report de la notification
detail-emergency = Urgence
detail-supervisor = Supérieur hiérarchique
detail-colleagues = Collègues ayant accès
detail-owner = Déposée par
detail-withdrawn = Motif du retrait
detail-description = Demande
edit-draft = Poursuivre la modification
documents-title = Actes juridiques et documents
documents-none = Aucun document pour le moment.
documents-upload = Téléverser un PDF
field-file = Fichier PDF
field-file-hint = Acte juridique au format PDF, { $mib } Mio au maximum. Les PDF chiffrés ou contenant des scripts sont refusés.
upload-submit = Téléverser
uploaded = { $name } téléversé. Empreinte SHA-256 : { $sha256 }
col-file = Fichier
col-size = Taille
col-sha256 = SHA-256
col-uploaded = Téléversé le
timeline-title = Historique
timeline-status = Statut : { $status }
timeline-message = Message
timeline-document = Document ajouté : { $name }
messages-title = Échanges avec l'équipe de réponse
# Auteur d'un message ou d'une modification de la demande, lorsqu'il s'agit du personnel.
author-response-team = Équipe de réponse
messages-none = Aucun message pour le moment.
field-message = Votre message
field-attachment = Joindre un PDF (facultatif)
send-message = Envoyer le message
message-sent = Message envoyé.
withdraw-title = Retirer cette demande
withdraw-lead = Le retrait met fin à tout traitement de la demande. Cette action est irréversible.
field-reason = Motif du retrait *
withdraw-submit = Retirer la demande
withdrawn-notice = La demande a été retirée.
submitted-notice = Demande soumise. Votre référence est { $reference }.

tokens-title = Jetons d'API
tokens-lead = Les jetons personnels permettent au système de gestion des affaires de votre organisme de soumettre et de suivre des demandes par l'API (/api/v1). Un jeton agit en votre nom : gardez-le secret, ne lui accordez que les portées nécessaires et révoquez-le lorsqu'il n'est plus utilisé.
tokens-caption = Vos jetons
tokens-none = Vous n'avez aucun jeton d'API.
col-name = Nom
col-scopes = Portées
col-created = Créé le
col-last-used = Dernière utilisation
token-revoke = Révoquer
token-revoked = révoqué
tokens-new = Créer un jeton
field-token-name = Nom *
field-token-name-hint = Ce qui l'utilisera, p. ex. « Système de gestion des affaires ».
scope-read = read — lister et consulter les demandes, les messages et les documents
scope-submit = submit — créer, soumettre et retirer des demandes, envoyer des messages, téléverser des documents
field-token-code = Code actuel à 6 chiffres *
field-token-code-hint = La création d'un jeton exige un nouveau code de votre application d'authentification.
token-create = Créer le jeton
token-created = Jeton créé. Copiez-le maintenant : il ne sera affiché qu'une seule fois.

mail-request-received-subject = { $service } : demande { $reference } reçue
mail-request-received-body =
    Bonjour { $name },

    La demande { $reference } a bien été reçue et sera examinée.
    Vous pouvez la suivre et échanger avec l'équipe de réponse à l'adresse :

    { $link }
mail-api-receipts-subject = { $service } : demandes reçues par l'API ({ $count })
mail-api-receipts-body =
    Bonjour { $name },

    { $sections }

    Vous pouvez les suivre et échanger avec l'équipe de réponse à l'adresse :

    { $link }
mail-api-receipts-own =
    Déposées par l'API avec vos jetons, reçues et à examiner ({ $count }). Si vous ne les avez pas déposées, révoquez immédiatement vos jetons d'API et prévenez l'équipe de réponse :
mail-api-receipts-shared = Déposées par l'API par des collègues et partagées avec vous, reçues et à examiner ({ $count }) :
mail-api-receipts-more = … et { $rest } autres, dans votre liste de demandes.
mail-new-message-subject = { $service } : nouveau message concernant { $reference }
mail-new-message-body =
    Bonjour { $name },

    Un nouveau message a été publié concernant la demande { $reference }.
    Pour des raisons de sécurité, il n'est pas reproduit ici. Connectez-vous pour le lire :

    { $link }

mail-hold-warning-subject = { $service } : la conservation { $reference } prend bientôt fin
mail-hold-warning-body =
    Bonjour { $name },

    La conservation des données au titre de la demande { $reference } prend fin le { $date }.
    Pour que les données restent conservées, transmettez un acte juridique ou déposez une demande de prolongation de conservation avant cette date :

    { $link }

mail-request-updated-subject = { $service } : la demande { $reference } a été mise à jour
mail-request-updated-body =
    Bonjour { $name },

    La demande { $reference } a évolué. Connectez-vous pour en prendre connaissance :

    { $link }

## Console
nav-queue = File d'attente
queue-title = File des demandes
queue-lead = Toutes les demandes en cours : d'abord les urgences, puis par échéance. Les demandes en retard sont signalées.
queue-caption = Demandes en cours
queue-empty = Aucune demande en cours ne correspond.
filter-country = Pays (code ISO)
filter-mine = Qui me sont attribuées
filter-overdue = En retard uniquement
col-agency = Organisme
col-due = Échéance
col-assignee = Attribuée à
overdue = en retard
console-emergency-banner = Demande de communication en urgence : agissez dans l'heure. N'approuvez jamais sur la seule foi du compte — vérifiez d'abord par un contre-appel.
console-account-created = compte créé le
console-from-request = issu de la demande — ne pas utiliser pour le contre-appel
console-hold = Mesure de conservation
console-hold-until = en vigueur jusqu'au
console-unassigned = Non attribuée
console-assign = Attribuer
console-deconfliction = Autres demandes visant les mêmes identifiants
console-other-requests = Autres demandes (tous organismes)
console-no-other = aucune
console-documents-audited = Chaque document ouvert ici est consigné dans le journal d'audit.
console-callback = Vérification par contre-appel
console-callback-lead = Appelez l'organisme à un numéro que vous avez trouvé vous-même (annuaire des organismes, site officiel, standard) — jamais celui figurant dans la demande — et faites confirmer que cet agent a bien envoyé cette demande. Un contre-appel infructueux entraîne la suspension du compte requérant.
field-callback-phone = Numéro appelé
field-number-source = Provenance du numéro
field-number-source-hint = p. ex. « Standard de la police d'Abilene, trouvé sur abilenetx.gov »
field-answered-by = Interlocuteur
field-callback-result = Résultat
callback-confirmed = Confirmé : l'organisme confirme la demande
callback-failed = Échec : l'organisme ne connaît pas cette demande
callback-no-answer = Pas de réponse
callback-submit = Enregistrer le contre-appel
field-note = Note
console-review = Examen juridique
console-reviewed-by = Examinée par { $name } le { $at }. Les réponses suggèrent de :
suggestion-proceed = donner suite
suggestion-challenge = contester
suggestion-reject = rejeter
criterion-overbroad = La demande est-elle trop large ou imprécise ?
criterion-no_legal_basis = Est-elle dépourvue de base légale dans le ressort de l'autorité requérante ?
criterion-not_bona_fide = Ne sert-elle pas de bonne foi la détection ou la prévention d'infractions ?
criterion-outside_jurisdiction = Vise-t-elle des personnes hors du ressort de l'autorité ?
criterion-unauthorised_requester = L'entité requérante n'est-elle pas habilitée à la formuler ?
criterion-indefinite_nondisclosure = Est-elle assortie d'une ordonnance de non-divulgation sans date de fin ?
criterion-defective = A-t-elle été irrégulièrement signifiée ou est-elle entachée d'un autre vice ?
criterion-enterprise_customer = Concerne-t-elle des données d'un client entreprise ou du secteur public (renvoi vers le client) ?
criterion-encrypted_content = Porte-t-elle sur le contenu de réunions chiffrées de bout en bout (qui ne peut pas être communiqué) ?
answer-fine = Aucun problème
answer-problem = Problème (à expliquer)
review-submit = Enregistrer l'examen
console-decide = Décision
field-decision = Décision
decision-approve = Approuver la communication (totale)
decision-approve_partial = Approuver partiellement
decision-reject = Rejeter
decision-challenge = Contester
decision-ask_for_information = Demander des informations complémentaires
# A decision as the requester reads it: what was decided, not what to do.
decided-approve = Communication approuvée en totalité
decided-approve_partial = Communication approuvée partiellement
decided-reject = Demande rejetée
decided-challenge = Demande contestée
decided-ask_for_information = Informations complémentaires demandées
field-reasons = Motifs (communiqués au requérant)
reason-overbroad = Trop large ou imprécise
reason-no_legal_basis = Absence de base légale
reason-not_bona_fide = Ne sert pas de bonne foi la détection ou la prévention d'infractions
reason-outside_jurisdiction = Hors du ressort de l'autorité
reason-unauthorised_requester = Requérant non habilité
reason-indefinite_nondisclosure = Ordonnance de non-divulgation sans date de fin
reason-defective = Irrégulièrement signifiée ou entachée d'un vice
reason-redirect_to_customer = Les données appartiennent à un client entreprise : adressez-vous au client
reason-no_data_held = Aucune donnée détenue
reason-encrypted_content = Le contenu chiffré de bout en bout ne peut pas être communiqué
field-scope = En cas d'approbation partielle : données pouvant être communiquées
field-note-to-requester = Note au requérant
field-step-up-code = Code actuel à 6 chiffres (requis pour approuver)
field-step-up-code-hint = L'approbation d'une communication exige un nouveau second facteur.
decide-submit = Enregistrer la décision
console-internal-notes = Notes internes (personnel uniquement)
field-internal = Note interne (non visible par le requérant)
decision-recorded = Décision enregistrée.
review-saved = Examen enregistré.
callback-recorded = Contre-appel enregistré.
note-saved = Enregistré.
assigned = Attribution enregistrée.
decisions-title = Décisions
console-directory = Annuaire des comptes
console-region = région
console-enterprise = client entreprise — renvoyer vers le client
console-restricted = restreint
console-held = données conservées
console-no-account = aucun compte trouvé
field-preservation-reference = Conservation à laquelle cette demande fait suite (facultatif)
field-preservation-reference-hint = Si vous avez déjà fait conserver ces données, sa référence (p. ex. LERS-2026-000123) : la mesure de conservation est rattachée à cette demande.

## Notifications aux utilisateurs concernés
mail-notice-subject = { $service } : demande légale portant sur des données de votre compte
mail-notice-body =
    Madame, Monsieur,

    { $service } a reçu une demande légale d'informations concernant votre compte { $account }
    émanant de { $authority } ({ $country }), au titre de : { $process }.
    Le { $date }, nous avons communiqué : { $categories }.

    Nous vous en informons afin que vous puissiez, si vous le souhaitez, consulter un conseil juridique ou former une opposition.
    Ce message a été envoyé automatiquement ; merci de ne pas y répondre.
notices-title = Informer les utilisateurs concernés
notices-lead = Règle : informer chaque utilisateur concerné lorsque ses données sont communiquées, sauf si une ordonnance de report de la notification valable est en vigueur (il est alors informé à son expiration), ou si l'affaire implique une mise en danger d'enfant, une menace pour la vie ou une menace pour le fournisseur. Chaque décision doit être motivée.
notice-undecided = pas encore de décision
field-notice-choice = Notification
notice-notify-now = Informer maintenant
notice-delay = Informer à l'expiration de l'ordonnance de report
notice-exempt = Ne pas informer (exemption)
notice-not-applicable = Sans objet (aucune communication)
field-exemption = Exemption
exemption-child_endangerment = Mise en danger d'enfant
exemption-threat_to_life = Menace pour la vie
exemption-threat_to_provider = Menace pour les services, les droits ou les biens du fournisseur
field-notice-reason = Motif
notice-submit = Enregistrer
notice-recorded = Décision de notification enregistrée.
notice-held = Notification suspendue.
notice-hold = Suspendre
notice-state-scheduled = programmée
notice-state-awaiting_order = suspendue par une ordonnance sans date de fin (à contester)
notice-state-held = suspendue par le personnel
notice-state-sent = envoyée
notice-state-not_sent = non envoyée
notice-decision-notify_now = informer maintenant
notice-decision-delay = après l'ordonnance de report
notice-decision-exempt = exemptée
notice-decision-not_applicable = sans objet
nav-notices = Avis aux utilisateurs
notices-upcoming = Notifications à venir aux utilisateurs concernés
notices-upcoming-lead = Ce qui sera envoyé, à qui, quand et pourquoi. Une notification ne peut être suspendue qu'en vertu d'une exemption enregistrée.
notices-caption = Notifications non encore envoyées
notices-none = Aucune notification en attente.
notices-to = Compte concerné
notices-when = Quand
notices-why = Pourquoi
field-order-extended = Ordonnance prolongée jusqu'au (facultatif)
console-challenge-delay = sans date de fin : motif de contestation

## Transparence
nav-transparency = Rapports de transparence
transparency-title = Rapport de transparence
transparency-lead = Nombre de demandes légales de données d'utilisateurs reçues des autorités publiques et suite que nous y avons donnée, par semestre et par pays. Données agrégées uniquement.
transparency-period = Période
transparency-show = Afficher
transparency-total-requests = Demandes reçues
transparency-total-accounts = Comptes visés
transparency-countries = Pays
transparency-version = { $period } (se terminant le { $ending }), version { $version }
transparency-csv = Télécharger le CSV
transparency-json = Télécharger le JSON
transparency-chart-countries = Demandes par pays
transparency-chart-legend = Partie foncée de chaque barre : demandes ayant donné lieu à une communication de données.
transparency-chart-trend = Demandes par période
transparency-table = Par pays et par acte juridique
transparency-caption = Demandes reçues au cours de la période { $period }, version { $version }
transparency-bands = Les procédures relevant de la sécurité nationale ne sont déclarées que par tranches de { $width } ; les chiffres par tranches ne sont pas inclus dans les totaux.
transparency-none = Aucun rapport n'a encore été publié.
transparency-staff-lead = Calculez un rapport pour une période, vérifiez les chiffres, puis publiez-le. Les versions publiées ne sont jamais modifiées ; une correction est publiée sous forme de nouvelle version accompagnée d'une note.
field-changelog = Note (pour les corrections)
field-changelog-hint = Ce qui a changé par rapport à la version précédente, le cas échéant.
transparency-compute = Calculer le projet
transparency-draft = Projet pour { $period } (non public)
transparency-publish = Publier ce rapport
transparency-versions = Projets et versions publiées
transparency-published-notice = Publié : { $period }, version { $version }.
col-country = Pays/région
col-process = Acte juridique
col-requests = Demandes
col-accounts = Comptes
col-disclosed = Données partiellement ou totalement communiquées
col-content = Communications de contenu
col-non-content = Communications hors contenu
col-delay-orders = Ordonnances de report de la notification
process-subpoena = Subpoena (injonction de produire)
process-court_order = Ordonnance judiciaire
process-search_warrant = Mandat de perquisition
process-mlat = Entraide judiciaire (MLAT) / accord international
process-eu_production_order = Injonction européenne de production (UE)
process-eu_preservation_order = Injonction européenne de conservation (UE)
process-preservation_letter = Demande de conservation
process-other_national_order = Autre décision nationale
process-national_security = Procédure relevant de la sécurité nationale
process-emergency = Communication en urgence
process-user_data = Demande de données d'utilisateur
process-preservation = Conservation
process-preservation_extension = Prolongation de conservation
process-withhold_access = Restriction d'accès
notice-state-sending = en cours d'envoi
notice-delivery-sent = envoyé
notice-delivery-failed = non distribué
notice-delivery-no_address = aucune adresse enregistrée

## Communications de données
productions-title = Communications de données
productions-none = Aucune donnée communiquée pour le moment.
production-open = Préparer une communication
production-opened = Communication en préparation : ajoutez les fichiers, puis transmettez-la.
production-state-open = En préparation
production-state-delivered = Transmise
production-state-shredded = Détruite à l'expiration de la durée de conservation
production-producer = chargé de production
production-delivered-at = Transmise le
production-available-until = Disponible jusqu'au
production-retain-until = détruite après le
col-received = Octets reçus
field-production-files = Fichiers à communiquer
field-production-files-hint = Tout type et toute taille. Les fichiers sont chiffrés pendant le téléversement ; un téléversement interrompu reprend là où il s'est arrêté lorsque vous choisissez à nouveau le même fichier.
production-upload = Téléverser
production-verify = Vérifier la copie stockée
production-verified = La copie stockée se déchiffre exactement en ce qui a été téléversé (l'empreinte SHA-256 correspond). La vérification a été journalisée.
production-verify-failed = La vérification de la copie stockée a échoué. Ne la transmettez pas ; supprimez-la et téléversez à nouveau le fichier. L'échec a été journalisé.
production-remove = Supprimer
production-file-removed = Fichier retiré et copie stockée supprimée.
production-deliver = Transmettre au requérant
production-delivered = Transmise. Le requérant en a été informé ; les téléchargements sont ouverts jusqu'à la date de disponibilité.
productions-received-title = Données communiquées
productions-download-lead = Les téléchargements exigent un nouveau code de votre application d'authentification. Chaque téléchargement est journalisé (auteur, date, provenance et nombre d'octets). Le manifeste répertorie chaque fichier avec son empreinte SHA-256 et peut être vérifié hors ligne avec « lers manifest verify ».
production-unlock = Déverrouiller les téléchargements
production-unlocked = Téléchargements déverrouillés pour 5 minutes.
production-confirm-first = Saisissez un code de votre application d'authentification pour télécharger.
production-manifest = Manifeste (JSON)
production-expired = Cette communication n'est plus disponible au téléchargement.
alerts-title = Alertes
alert-staff-access = { $name } ({ $pseudonym }) a ouvert des dossiers de requérants { $accesses } fois depuis le { $since }.
alert-acknowledge = Accuser réception

## Account kinds and statuses, as the accounts list shows them.
account-kind-requester = Requérant
account-kind-staff = Personnel
account-status-active = Actif
account-status-locked = Verrouillé
account-status-disabled = Désactivé
