# Bereitschaftsalarme bei Notfällen, Dienstpläne und Webhooks (Issue 18 §1, §2).

## Seiten und E-Mails (kein Fallinhalt: Aktenzeichen, Art, Frist, Link)
alert-no-clock = keine Frist gesetzt
alert-kind-emergency = Notfallersuchen
alert-kind-emergency_epoc = Europäische Herausgabeanordnung im Notfall
alert-summary = { $service }: { $kind } { $reference }, fällig { $due }
alert-mail-subject = { $service }: Notfall { $reference } muss bestätigt werden
alert-mail-body =
    Sehr geehrte(r) { $name },

    Sie werden für { $reference } ({ $kind }) alarmiert, fällig { $due } (Alarmstufe { $tier }).

    Bitte melden Sie sich an und bestätigen Sie den Alarm hier, damit niemand weiter alarmiert werden muss:
    { $link }

    Bestätigt niemand den Alarm, wird die nächste Stufe alarmiert.

## Alarmbereich und Alarmseite
alert-title = Bereitschaftsalarm
alert-raised = { $kind } { $reference }: Alarm ausgelöst am { $at }.
alert-col-tier = Stufe
alert-col-paged = Alarmiert
alert-col-at = Zeitpunkt
alert-tier-1 = Bereitschaft
alert-tier-2 = Zweite Stufe
alert-tier-3 = Alle Freigebenden
alert-waiting = Noch nicht bestätigt: Bestätigt niemand, wird die nächste Stufe alarmiert.
alert-ack-button = Bestätigen
alert-acknowledged-by = Bestätigt von { $name } am { $at }.
alert-open-case = { $reference } in der Konsole öffnen
alert-acknowledged = Sie haben den Alarm zu { $reference } bestätigt. Es wird niemand weiter alarmiert.
alert-already-acknowledged = Der Alarm zu { $reference } war bereits bestätigt; es wurde nichts geändert.

## Dienstpläne (Administratoren)
oncall-title = Bereitschaft
oncall-lead = Wer bei Eingang eines Notfalls alarmiert wird und über welche Kanäle.
oncall-refused = Nicht gespeichert: { $reason }
rota-list-title = Bereitschaftspläne
rota-none = Es ist kein Bereitschaftsplan eingerichtet: Alle Prüfenden und Freigebenden werden per E-Mail alarmiert.
rota-name = Name
rota-when = Schicht
rota-shift = { $days }, { $starts }–{ $ends } ({ $zone })
rota-regions = Datenregionen
rota-all-regions = Alle Regionen
rota-regions-hint = Regionen durch Kommas trennen; leer lassen für alle Regionen. Ein Plan für eine Region hat Vorrang vor einem Plan für alle Regionen.
rota-primary = Bereitschaft
rota-second = Zweite Stufe
rota-no-second = Keine zweite Stufe
rota-delete = Löschen
rota-add-title = Bereitschaftsplan hinzufügen
rota-time-zone = Zeitzone (IANA-Name, z. B. Europe/Berlin)
rota-days = Tage, an denen die Schicht beginnt
rota-day-mon = Montag
rota-day-tue = Dienstag
rota-day-wed = Mittwoch
rota-day-thu = Donnerstag
rota-day-fri = Freitag
rota-day-sat = Samstag
rota-day-sun = Sonntag
rota-starts = Beginn
rota-ends = Ende
rota-times-hint = Ortszeiten. Ein Ende vor dem Beginn reicht über Mitternacht hinaus; dieselbe Uhrzeit für beide umfasst den ganzen Tag.
rota-add = Plan hinzufügen
rota-saved = Der Bereitschaftsplan wurde gespeichert.
rota-deleted = Der Bereitschaftsplan wurde gelöscht.
rota-problem-name = Bitte geben Sie dem Plan einen Namen mit höchstens 120 Zeichen.
rota-problem-time-zone = Bitte geben Sie die Zeitzone mit ihrem IANA-Namen an, z. B. Europe/Berlin oder America/New_York.
rota-problem-no-days = Bitte kreuzen Sie mindestens einen Tag an.
rota-problem-day = Ein Tag wurde nicht erkannt; bitte kreuzen Sie die Tage im Formular an.
rota-problem-time = Bitte geben Sie Beginn und Ende als HH:MM (24-Stunden-Format) an.
rota-problem-region = Bitte geben Sie Regionsnamen aus Buchstaben, Ziffern und Bindestrichen an, durch Kommas getrennt.
rota-problem-primary = Bitte wählen Sie aus, wer Bereitschaft hat.
rota-problem-second = Die zweite Stufe muss eine andere Person sein als die Bereitschaft.
rota-problem-not-responder = Nur aktive Prüfende und Freigebende können Bereitschaft haben.
rota-problem-out-of-reach = Die Datenfreigaberegel dieser Person erfasst nicht alle Regionen des Dienstplans (oder beschränkt sie auf zugewiesene Fälle); wählen Sie eine Person, die alle erreicht, oder ändern Sie die Regionen des Dienstplans.

## Webhooks für Alarme
webhook-mine-title = Meine Alarm-Webhooks
webhook-mine-lead = Neben E-Mails können Alarme Sie über einen signierten Webhook, PagerDuty (Events API v2) oder Opsgenie erreichen. Alarme enthalten keinen Fallinhalt.
webhook-format = Format
webhook-format-signed = Signiertes JSON (LERS)
webhook-format-pagerduty = PagerDuty Events API v2
webhook-format-opsgenie = Opsgenie Alert API
webhook-url = Adresse (https)
webhook-key = Routing-Schlüssel oder API-Schlüssel
webhook-key-hint = Für PagerDuty der Routing-Schlüssel der Integration (die Adresse ist https://events.pagerduty.com/v2/enqueue); für Opsgenie der Schlüssel der API-Integration (die Adresse ist https://api.opsgenie.com/v2/alerts oder api.eu.opsgenie.com). Für signiertes JSON leer lassen: LERS erzeugt das Signaturgeheimnis.
webhook-add = Webhook hinzufügen
webhook-remove = Entfernen
webhook-added = Der Webhook wurde hinzugefügt.
webhook-added-secret = Der Webhook wurde hinzugefügt. Sein Signaturgeheimnis wird nur jetzt angezeigt:
webhook-removed = Der Webhook wurde entfernt.
webhook-format-unknown = Bitte wählen Sie eines der angebotenen Formate.
webhook-key-missing = Bitte geben Sie den Routing-Schlüssel oder API-Schlüssel an (höchstens 200 Zeichen).
webhook-too-many = Sie haben bereits { $max } Webhooks, die Höchstzahl pro Person. Bitte entfernen Sie einen, bevor Sie einen weiteren hinzufügen.
webhook-url-unparsable = Bitte geben Sie eine vollständige Adresse an, z. B. https://alerts.example.org/lers.
webhook-url-not-https = Die Adresse muss mit https:// beginnen.
webhook-url-credentials = Bitte entfernen Sie Benutzername und Passwort aus der Adresse; der Schlüssel gehört in sein eigenes Feld.
webhook-url-unresolvable = Der Hostname der Adresse wurde nicht gefunden; bitte prüfen Sie ihn und versuchen Sie es erneut.
webhook-url-forbidden = Die Adresse führt in ein privates, Loopback- oder Link-Local-Netz, an das LERS nichts sendet. Bitte verwenden Sie eine öffentliche Adresse oder bitten Sie einen Administrator, dieses Netz freizugeben.
