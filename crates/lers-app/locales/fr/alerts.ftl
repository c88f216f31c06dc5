# Alertes d'astreinte pour les urgences, plannings et webhooks (ticket 18 §1, §2).

## Pages et courriels (aucun contenu du dossier : une référence, le type, le délai, un lien)
alert-no-clock = aucun délai fixé
alert-kind-emergency = Demande urgente
alert-kind-emergency_epoc = Injonction européenne de production en urgence
alert-summary = { $service } : { $kind } { $reference }, échéance { $due }
alert-mail-subject = { $service } : l'urgence { $reference } doit être prise en charge
alert-mail-body =
    Madame, Monsieur { $name },

    Vous êtes alerté(e) pour { $reference } ({ $kind }), échéance { $due } (niveau d'alerte { $tier }).

    Veuillez vous connecter et confirmer la prise en charge ici, afin que personne d'autre ne soit alerté :
    { $link }

    Faute de confirmation, le niveau suivant est alerté.

## Panneau et page d'alerte
alert-title = Alerte d'astreinte
alert-raised = { $kind } { $reference } : alerte déclenchée le { $at }.
alert-col-tier = Niveau
alert-col-paged = Alerté
alert-col-at = Date
alert-tier-1 = Astreinte
alert-tier-2 = Deuxième niveau
alert-tier-3 = Tous les approbateurs
alert-waiting = Pas encore prise en charge : faute de confirmation, le niveau suivant est alerté.
alert-ack-button = Confirmer la prise en charge
alert-acknowledged-by = Prise en charge confirmée par { $name } le { $at }.
alert-open-case = Ouvrir { $reference } dans la console
alert-acknowledged = Vous avez confirmé la prise en charge de l'alerte pour { $reference }. Personne d'autre ne sera alerté.
alert-already-acknowledged = La prise en charge de l'alerte pour { $reference } avait déjà été confirmée ; rien n'a été modifié.

## Plannings (administrateurs)
oncall-title = Astreinte
oncall-lead = Qui est alerté à l'arrivée d'une urgence, et par quels canaux.
oncall-refused = Non enregistré : { $reason }
rota-list-title = Plannings d'astreinte
rota-none = Aucun planning n'est défini : tous les examinateurs et approbateurs sont alertés par courriel.
rota-name = Nom
rota-when = Service
rota-shift = { $days }, { $starts }–{ $ends } ({ $zone })
rota-regions = Régions de données
rota-all-regions = Toutes les régions
rota-regions-hint = Séparez les régions par des virgules ; laissez vide pour toutes les régions. Un planning propre à une région prime sur un planning pour toutes les régions.
rota-primary = D'astreinte
rota-second = Deuxième niveau
rota-no-second = Pas de deuxième niveau
rota-delete = Supprimer
rota-add-title = Ajouter un planning
rota-time-zone = Fuseau horaire (nom IANA, p. ex. Europe/Paris)
rota-days = Jours où le service commence
rota-day-mon = Lundi
rota-day-tue = Mardi
rota-day-wed = Mercredi
rota-day-thu = Jeudi
rota-day-fri = Vendredi
rota-day-sat = Samedi
rota-day-sun = Dimanche
rota-starts = Début
rota-ends = Fin
rota-times-hint = Heures locales. Une fin antérieure au début se prolonge au-delà de minuit ; une même heure pour les deux couvre toute la journée.
rota-add = Ajouter le planning
rota-saved = Le planning a été enregistré.
rota-deleted = Le planning a été supprimé.
rota-problem-name = Veuillez donner au planning un nom de 120 caractères au plus.
rota-problem-time-zone = Veuillez indiquer le fuseau horaire par son nom IANA, p. ex. Europe/Paris ou America/New_York.
rota-problem-no-days = Veuillez cocher au moins un jour.
rota-problem-day = Un jour n'a pas été reconnu ; veuillez cocher les jours dans le formulaire.
rota-problem-time = Veuillez indiquer le début et la fin au format HH:MM (sur 24 heures).
rota-problem-region = Veuillez indiquer des noms de région composés de lettres, de chiffres et de traits d'union, séparés par des virgules.
rota-problem-primary = Veuillez choisir la personne d'astreinte.
rota-problem-second = Le deuxième niveau doit être une autre personne que celle d'astreinte.
rota-problem-not-responder = Seuls les examinateurs et approbateurs actifs peuvent être d'astreinte.
rota-problem-out-of-reach = La règle de partage des données de cette personne ne couvre pas toutes les régions du tableau d'astreinte (ou la limite aux dossiers qui lui sont attribués) ; veuillez choisir une personne qui les couvre toutes ou modifier les régions du tableau.

## Webhooks des alertes
webhook-mine-title = Mes webhooks d'alerte
webhook-mine-lead = Outre le courriel, les alertes peuvent vous parvenir par un webhook signé, PagerDuty (Events API v2) ou Opsgenie. Les alertes ne contiennent aucun élément du dossier.
webhook-format = Format
webhook-format-signed = JSON signé (LERS)
webhook-format-pagerduty = PagerDuty Events API v2
webhook-format-opsgenie = Opsgenie Alert API
webhook-url = Adresse (https)
webhook-key = Clé de routage ou clé d'API
webhook-key-hint = Pour PagerDuty, la clé de routage de l'intégration (l'adresse est https://events.pagerduty.com/v2/enqueue) ; pour Opsgenie, la clé de l'intégration API (l'adresse est https://api.opsgenie.com/v2/alerts, ou api.eu.opsgenie.com). Laissez vide pour le JSON signé : LERS génère le secret de signature.
webhook-add = Ajouter le webhook
webhook-remove = Retirer
webhook-added = Le webhook a été ajouté.
webhook-added-secret = Le webhook a été ajouté. Son secret de signature, affiché uniquement maintenant :
webhook-removed = Le webhook a été retiré.
webhook-format-unknown = Veuillez choisir l'un des formats proposés.
webhook-key-missing = Veuillez indiquer la clé de routage ou la clé d'API (200 caractères au plus).
webhook-too-many = Vous avez déjà { $max } webhooks, le maximum autorisé par personne. Veuillez en supprimer un avant d'en ajouter un autre.
webhook-url-unparsable = Veuillez indiquer une adresse complète, p. ex. https://alerts.example.org/lers.
webhook-url-not-https = L'adresse doit commencer par https://.
webhook-url-credentials = Veuillez retirer le nom d'utilisateur et le mot de passe de l'adresse ; la clé se saisit dans son propre champ.
webhook-url-unresolvable = Le nom d'hôte de l'adresse est introuvable ; veuillez le vérifier et réessayer.
webhook-url-forbidden = L'adresse mène à un réseau privé, de bouclage ou de liaison locale, vers lequel LERS n'envoie rien. Veuillez utiliser une adresse publique ou demander à un administrateur d'autoriser ce réseau.
