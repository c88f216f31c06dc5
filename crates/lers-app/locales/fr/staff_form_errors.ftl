## Problems with the response team's forms: the review checklist, the call-back
## record and the decision.

form-review-unanswered = Répondez à cette question.
form-review-note-needed = Expliquez le problème dans une note.
form-review-answered-twice = Ne répondez qu'une fois à cette question.
form-callback-phone-missing = Indiquez le numéro que vous avez appelé.
form-callback-source-missing = Indiquez d'où provient le numéro (par exemple le standard publié de l'autorité).
form-callback-result-missing = Choisissez le résultat de l'appel.
form-decision-missing = Choisissez une décision.
form-decision-reasons-missing = Choisissez au moins un motif ; il sera communiqué au demandeur.
form-decision-note-missing = Précisez les informations nécessaires.
form-decision-scope-missing = Pour une approbation partielle, choisissez les identifiants et les catégories de données à communiquer.
form-decision-code-missing = L'approbation d'une communication exige un code actuel de votre application d'authentification.

## The EU non-execution notice (Form 3).
form-form3-reasons-missing = Choisissez au moins un motif pour lequel l'injonction ne peut pas être exécutée.
form-form3-explanation-missing = Expliquez les motifs à l'autorité d'émission en quelques phrases.
form-form3-foreign-law-missing = En cas de conflit de lois, indiquez le droit du pays tiers concerné (pays, texte et disposition).
form-what-explanation = L'explication
form-what-foreign-law = Le droit étranger

## Intake of a request that arrived by another channel, and its sent-on record.
form-what-requester-name = Le nom du demandeur
form-what-agency = L'autorité
form-what-email-address = L'adresse e-mail
form-what-phone-number = Le numéro de téléphone
form-what-how-sent = Le mode d'envoi
form-what-time-received = L'heure de réception
form-what-time-served = L'heure de signification
form-what-summary = Le résumé
form-intake-time-format = { $what } : indiquez une date et une heure en UTC, par exemple 2026-11-20 14:30.
form-intake-time-future = { $what } ne peut pas être dans le futur ; vérifiez la date et l'heure (UTC).
form-intake-requester-name-missing = Indiquez le nom du demandeur tel qu'il figure dans l'acte.
form-intake-agency-missing = Indiquez l'autorité requérante.
form-intake-email-missing = Indiquez l'adresse e-mail officielle du demandeur (nom@autorite.gov) ; les réponses et invitations y seront envoyées.
form-intake-country-missing = Choisissez le pays du demandeur.
form-intake-kind-missing = Choisissez le type de demande.
form-intake-channel-missing = Choisissez le mode de réception de la demande (courrier, fax, e-mail, en main propre, entraide judiciaire, signification par un tribunal ou système informatique décentralisé de l'UE).
form-intake-legal-entity-missing = Choisissez l'entité juridique à laquelle la demande a été signifiée (la liste est définie par LERS_INTAKE_LEGAL_ENTITIES).
form-intake-how-missing = Indiquez le mode d'envoi (courrier, fax, coursier, en main propre).
form-intake-sent-on-missing = Indiquez la date d'envoi au format AAAA-MM-JJ.
form-intake-sent-on-future = La date d'envoi ne peut pas être dans le futur.
form-intake-summary-missing = Résumez ce qui a été envoyé ({ $max } caractères au maximum).

## The agency directory (emergency call-backs) and notices to affected users.
form-agency-name-missing = Indiquez le nom de l'autorité (200 caractères au maximum).
form-agency-country-invalid = Indiquez le pays de l'autorité par un code à deux lettres, par exemple US ou GB.
form-agency-domains-missing = Indiquez le ou les domaines de messagerie de l'autorité, par exemple abilenetx.gov.
form-agency-domain-invalid = { $domain } n'est pas un domaine de messagerie ; écrivez-le comme abilenetx.gov.
form-agency-switchboard-missing = Indiquez le numéro du standard de l'autorité.
form-agency-switchboard-too-long = Un numéro de téléphone compte au plus 64 caractères.
form-agency-switchboard-invalid = Ce n'est pas un numéro de téléphone ; écrivez-le avec l'indicatif du pays (+1 325 676 6600), au format national (0 20 7946 0000) ou sous la forme tel:+13256766600;ext=12.
form-agency-time-zone-invalid = Indiquez un fuseau horaire IANA, par exemple America/Chicago ou Europe/London.
form-agency-source-missing = Indiquez où le numéro a été vérifié (par exemple le site de l'autorité, confirmé par appel).
form-agency-verified-on-invalid = Indiquez la date de vérification du numéro, par exemple 2026-11-01.
form-agency-control-characters = Supprimez les caractères de contrôle et saisissez à nouveau l'entrée.
form-notice-target-unknown = Cet identifiant ne fait pas partie de la demande.
form-notice-exemption-missing = Choisissez l'exception applicable.
form-notice-choice-missing = Choisissez le sort de la notification.
form-notice-order-until-invalid = Indiquez la nouvelle date de fin de l'ordonnance, par exemple 2027-05-31.
form-notice-hold-reason-missing = Indiquez pourquoi la notification est retenue.
