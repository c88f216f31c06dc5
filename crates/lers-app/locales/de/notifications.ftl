# Benachrichtigungen für Mitarbeitende und Übersicht der Arbeitslast (Issue 18 §3, §5).

nav-notifications = Benachrichtigungen
nav-notifications-unread = Benachrichtigungen ({ $count } ungelesen)

notify-trigger-assigned = Ihnen wurde ein Vorgang zugewiesen
notify-trigger-requester_replied = Die ersuchende Stelle hat in Ihrem Vorgang geantwortet
notify-trigger-clock_75 = Drei Viertel der Bearbeitungsfrist sind verstrichen
notify-trigger-clock_breached = Die Bearbeitungsfrist ist abgelaufen
notify-trigger-preservation_ending = Eine Sicherung endet innerhalb von sieben Tagen
notify-trigger-eu_form_arrived = Zu einer Europäischen Sicherungsanordnung ist ein Formular 6 (Verlängerung) oder Formular 5 (Herausgabeanordnung folgt) eingegangen
notify-trigger-ea_window_ending = Die Frist der Vollstreckungsbehörde zur Geltendmachung von Ablehnungsgründen endet innerhalb eines Tages
notify-trigger-approval_waiting = Eine Freigabe wartet auf Sie

notifications-title = Benachrichtigungen
notifications-intro = Ereignisse, die Sie betreffen: Ihnen zugewiesene Vorgänge, Antworten ersuchender Stellen, Fristen, ablaufende Sicherungen und wartende Freigaben. Überfällige Vorgänge und Notfälle stehen oben.
notifications-empty = Sie haben keine Benachrichtigungen.
notifications-col-event = Ereignis
notifications-col-case = Vorgang
notifications-col-when = Zeitpunkt (UTC)
notifications-col-state = Status
notifications-unread = Ungelesen
notifications-read = Gelesen
notifications-urgent = Dringend
notifications-mark-read = Als gelesen markieren
notifications-mark-all-read = Alle als gelesen markieren
notifications-settings-link = Festlegen, welche Benachrichtigungen Sie wann per E-Mail erhalten

notifications-settings-title = Einstellungen für Benachrichtigungen
notifications-settings-intro = Legen Sie für jede Art von Ereignis fest, ob Sie sofort per E-Mail benachrichtigt werden oder in einer täglichen Zusammenfassung. Jede Benachrichtigung wird außerdem in der Konsole angezeigt. E-Mails enthalten nur das Aktenzeichen und die Art des Ereignisses; der Vorgang selbst öffnet sich erst nach der Anmeldung.
notifications-settings-always = Eine abgelaufene Frist und alle Ereignisse zu einem Notfall werden stets sofort per E-Mail gemeldet.
notifications-delivery-immediately = Sofort per E-Mail
notifications-delivery-digest = Tägliche Zusammenfassung
notifications-digest-hour = Uhrzeit der täglichen Zusammenfassung ({ $zone })
notifications-digest-hour-invalid = Bitte wählen Sie eine Stunde von 0 bis 23.
notifications-settings-save = Einstellungen speichern
notifications-settings-saved = Ihre Einstellungen für Benachrichtigungen wurden gespeichert.

mail-notify-subject = { $service }: { $event } ({ $reference })
mail-notify-body =
    Guten Tag { $name },

    { $event }: { $reference }

    Öffnen Sie den Vorgang in der Konsole (Anmeldung erforderlich):
    { $link }

    Diese Nachricht enthält keine Inhalte des Vorgangs. Welche Benachrichtigungen Sie wann per E-Mail erhalten, können Sie hier festlegen:
    { $settings }
mail-digest-subject = { $service }: Ihre Benachrichtigungen vom { $day }
mail-digest-body =
    Guten Tag { $name },

    seit Ihrer letzten Zusammenfassung:

    { $items }

    Ihre Benachrichtigungen in der Konsole (Anmeldung erforderlich):
    { $link }

    Diese Nachricht enthält keine Inhalte der Vorgänge. Welche Benachrichtigungen Sie wann per E-Mail erhalten, können Sie hier festlegen:
    { $settings }
mail-digest-item = - { $event }: { $reference } ({ $link })

workload-title = Arbeitslast
workload-intro = Vorgänge, die Sie einsehen dürfen: Ihre Regionen und, falls Ihr Zugriff darauf beschränkt ist, nur Ihre eigenen Vorgänge.
workload-open-by-status = Offene Vorgänge nach Status
workload-open-by-kind = Offene Vorgänge nach Art
workload-open-by-region = Offene Vorgänge nach Region
workload-col-status = Status
workload-col-kind = Art
workload-col-region = Region
workload-col-count = Offene Vorgänge
workload-empty = Es gibt keine offenen Vorgänge, die Sie einsehen dürfen.
workload-clocks-title = Fristen
workload-due-today = Heute fällig ({ $zone })
workload-overdue = Überfällig
workload-emergencies-waiting = Notfälle ohne Bestätigung und ohne erste Bearbeitung
workload-performance-title = Die letzten { $days } Tage
workload-performance-intro = Zeit bis zur ersten Bearbeitung: Median der Zeit vom Eingang bis zur ersten Prüfung, Entscheidung, zum ersten Rückruf oder zur ersten Antwort. Fristgerecht entschieden: bis zur Fälligkeit genehmigte oder abgelehnte Vorgänge, bezogen auf die entschiedenen oder überfälligen.
workload-chart-on-time = Eingegangene Vorgänge nach Art; schattiert: fristgerecht entschieden
workload-col-received = Eingegangen
workload-col-first-action = Median bis zur ersten Bearbeitung
workload-col-on-time = Fristgerecht entschieden
workload-minutes = { $minutes } Min.
workload-share = { $percent } % ({ $on_time } von { $settled })
workload-no-figure = noch nicht bekannt
