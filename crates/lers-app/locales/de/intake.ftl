# Ein Eingang: außerhalb des Portals eingegangene Ersuchen, externe Antragsteller, Import von Altbeständen.

intake-title = Eingang
intake-card-text = Ersuchen erfassen, die per Post, Fax, E-Mail, persönlich, im Wege der Rechtshilfe (MLAT), durch gerichtliche Zustellung oder über das dezentrale IT-System der EU eingegangen sind.
intake-lead = Erfassen Sie, wie und wann ein Ersuchen bei uns eingegangen ist und wer es gesendet hat; vervollständigen Sie es dann mit dem Formular für Ersuchen, fügen Sie die eingescannte rechtliche Anordnung bei und registrieren Sie es. Die Fristen laufen ab dem Zeitpunkt des Eingangs.
intake-drafts-title = Eingegangen, noch nicht registriert
intake-drafts-none = Es wartet nichts auf Registrierung.
intake-new-title = Ersuchen aufnehmen
intake-section-arrival = Wie und wann es eingegangen ist
intake-section-requester = Der Antragsteller, wie in der rechtlichen Anordnung bezeichnet
intake-choose = Auswählen …
intake-col-request = Ersuchen
intake-col-channel = Eingangsweg
intake-col-requester = Antragsteller
intake-field-received = Eingegangen (UTC)
intake-field-served = Zugestellt (UTC)
intake-time-hint = Datum und Uhrzeit in UTC, etwa 2026-11-20 14:30.
intake-field-entity = Zugestellt an
intake-field-name = Name
intake-field-agency = Behörde
intake-field-email = Dienstliche E-Mail-Adresse
intake-email-hint = Antworten und eine Einladung zum Portal werden an diese Adresse gesendet, ohne Inhalte des Vorgangs.
intake-field-phone = Telefon
intake-field-country = Land
intake-open = Weiter zum Formular für Ersuchen
intake-draft-heading = Aufgenommenes Ersuchen
intake-received-short = eingegangen
intake-case-link = Eingangsvermerk
intake-requester-external = Externer Antragsteller (kein Portalkonto)
intake-requester-linked = Mit dem Portalkonto des Antragstellers verknüpft am
intake-requester-portal = Portalkonto
intake-invited-at = eingeladen
intake-taken-by = Aufgenommen von
intake-source = Aus der bisherigen Warteschlange importiert als
intake-scan-title = Eingescannte rechtliche Anordnung
intake-edit = Ersuchen bearbeiten
intake-edit-back = Zurück zum Eingangsvermerk
intake-register = Ersuchen registrieren
intake-registered = Registriert als { $reference }; das Ersuchen ist in der Warteschlange.
intake-open-case = Vorgang in der Konsole öffnen
intake-invite = Antragsteller zum Portal einladen
intake-invited = Der Antragsteller wurde zum Portal eingeladen.
intake-paper-title = In Papierform gesendete Antworten
intake-paper-help = Erfassen Sie, was außerhalb von LERS gesendet wurde (per Post, Fax oder persönlich übergeben); es wird in den Verlauf des Ersuchens aufgenommen.
intake-paper-how = Versandart
intake-paper-sent-on = Gesendet am
intake-paper-summary = Was gesendet wurde
intake-paper-record = Antwort erfassen
intake-paper-recorded = Die in Papierform gesendete Antwort ist im Verlauf erfasst.

intake-channel-portal = Portal
intake-channel-api = API
intake-channel-post = Post
intake-channel-fax = Fax
intake-channel-email = E-Mail
intake-channel-in_person = Persönlich
intake-channel-mlat = Rechtshilfe (MLAT) oder internationales Abkommen
intake-channel-court_service = Gerichtliche Zustellung
intake-channel-eu_decentralised_it = Dezentrales IT-System der EU

mail-intake-invite-subject = { $service }: Einladung, Ihr Ersuchen online zu verfolgen
mail-intake-invite-body =
    Guten Tag { $name },

    wir haben ein Ersuchen von Ihnen erhalten und in { $service } erfasst, unserem System für Ersuchen von Strafverfolgungsbehörden. Sie können es online verfolgen: Registrieren Sie sich mit derselben E-Mail-Adresse unter

    { $link }

    Nachdem Sie Ihre Adresse bestätigt haben, erscheint das Ersuchen in Ihrem Konto.

    { $service }
intake-account-external = externer Antragsteller

# Die Verlaufszeile einer Antwort, die Mitarbeitende in Papierform gesendet haben.
timeline-paper_reply = Antwort in Papierform gesendet
