# Notifications du personnel et tableau de charge (ticket 18 §3, §5).

nav-notifications = Notifications
nav-notifications-unread = Notifications ({ $count } non lues)

notify-trigger-assigned = Un dossier vous a été attribué
notify-trigger-requester_replied = Le requérant a répondu dans votre dossier
notify-trigger-clock_75 = Les trois quarts du délai de réponse sont écoulés
notify-trigger-clock_breached = Le délai de réponse est expiré
notify-trigger-preservation_ending = Une conservation prend fin dans les sept jours
notify-trigger-eu_form_arrived = Un formulaire 6 (prolongation) ou un formulaire 5 (injonction de production à suivre) a été reçu pour une injonction européenne de conservation
notify-trigger-ea_window_ending = Le délai de l’autorité d’exécution pour invoquer des motifs de refus expire dans moins d’un jour
notify-trigger-approval_waiting = Une validation vous attend

notifications-title = Notifications
notifications-intro = Les événements qui vous concernent : dossiers qui vous sont attribués, réponses des requérants, délais, conservations arrivant à échéance et validations en attente. Les dossiers en retard et les urgences figurent en tête.
notifications-empty = Vous n'avez aucune notification.
notifications-col-event = Événement
notifications-col-case = Dossier
notifications-col-when = Date et heure (UTC)
notifications-col-state = État
notifications-unread = Non lue
notifications-read = Lue
notifications-urgent = Urgent
notifications-mark-read = Marquer comme lue
notifications-mark-all-read = Tout marquer comme lu
notifications-settings-link = Choisir les notifications reçues par courriel, et à quel moment

notifications-settings-title = Paramètres des notifications
notifications-settings-intro = Pour chaque type d'événement, choisissez d'être averti par courriel immédiatement ou dans un récapitulatif quotidien. Chaque notification s'affiche également dans la console. Les courriels ne contiennent que la référence du dossier et le type d'événement ; le dossier ne s'ouvre qu'après connexion.
notifications-settings-always = Un délai expiré et tout événement relatif à une urgence sont toujours signalés immédiatement par courriel.
notifications-delivery-immediately = Courriel immédiat
notifications-delivery-digest = Récapitulatif quotidien
notifications-digest-hour = Heure du récapitulatif quotidien ({ $zone })
notifications-digest-hour-invalid = Veuillez choisir une heure entre 0 et 23.
notifications-settings-save = Enregistrer les paramètres
notifications-settings-saved = Vos paramètres de notification ont été enregistrés.

mail-notify-subject = { $service } : { $event } ({ $reference })
mail-notify-body =
    Bonjour { $name },

    { $event } : { $reference }

    Ouvrez le dossier dans la console (connexion requise) :
    { $link }

    Ce message ne contient aucun élément du dossier. Vous pouvez choisir les notifications reçues par courriel, et à quel moment :
    { $settings }
mail-digest-subject = { $service } : vos notifications du { $day }
mail-digest-body =
    Bonjour { $name },

    Depuis votre dernier récapitulatif :

    { $items }

    Vos notifications dans la console (connexion requise) :
    { $link }

    Ce message ne contient aucun élément des dossiers. Vous pouvez choisir les notifications reçues par courriel, et à quel moment :
    { $settings }
mail-digest-item = - { $event } : { $reference } ({ $link })

workload-title = Charge de travail
workload-intro = Les dossiers que vous pouvez consulter : vos régions et, si votre accès y est limité, uniquement vos propres dossiers.
workload-open-by-status = Dossiers ouverts par statut
workload-open-by-kind = Dossiers ouverts par type
workload-open-by-region = Dossiers ouverts par région
workload-col-status = Statut
workload-col-kind = Type
workload-col-region = Région
workload-col-count = Dossiers ouverts
workload-empty = Aucun dossier ouvert que vous pouvez consulter.
workload-clocks-title = Délais
workload-due-today = À traiter aujourd'hui ({ $zone })
workload-overdue = En retard
workload-emergencies-waiting = Urgences sans accusé de prise en charge ni première action
workload-performance-title = Les { $days } derniers jours
workload-performance-intro = Délai de première action : durée médiane entre la réception et le premier examen, la première décision, le premier rappel ou la première réponse. Décidés dans les délais : dossiers approuvés ou rejetés avant l'échéance, rapportés à ceux décidés ou échus.
workload-chart-on-time = Dossiers reçus par type ; en grisé : décidés dans les délais
workload-col-received = Reçus
workload-col-first-action = Délai médian de première action
workload-col-on-time = Décidés dans les délais
workload-minutes = { $minutes } min
workload-share = { $percent } % ({ $on_time } sur { $settled })
workload-no-figure = pas encore connu
