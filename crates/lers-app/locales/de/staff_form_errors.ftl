## Problems with the response team's forms: the review checklist, the call-back
## record and the decision.

form-review-unanswered = Beantworten Sie diese Frage.
form-review-note-needed = Erläutern Sie das Problem in einer Notiz.
form-review-answered-twice = Beantworten Sie diese Frage nur einmal.
form-callback-phone-missing = Geben Sie die angerufene Nummer an.
form-callback-source-missing = Geben Sie an, woher die Nummer stammt (z. B. die veröffentlichte Zentrale der Behörde).
form-callback-result-missing = Wählen Sie das Ergebnis des Anrufs.
form-decision-missing = Wählen Sie eine Entscheidung.
form-decision-reasons-missing = Wählen Sie mindestens einen Grund; er wird der anfragenden Stelle mitgeteilt.
form-decision-note-missing = Geben Sie an, welche Informationen benötigt werden.
form-decision-scope-missing = Wählen Sie für eine teilweise Genehmigung die Kennungen und Datenarten, die herausgegeben werden sollen.
form-decision-code-missing = Für die Genehmigung einer Herausgabe ist ein aktueller Code aus Ihrer Authentifizierungs-App erforderlich.

## The EU non-execution notice (Form 3).
form-form3-reasons-missing = Wählen Sie mindestens einen Grund, aus dem die Anordnung nicht ausgeführt werden kann.
form-form3-explanation-missing = Erläutern Sie der Anordnungsbehörde die Gründe in einigen Sätzen.
form-form3-foreign-law-missing = Nennen Sie bei einer Normenkollision das betroffene Recht des Drittstaats (Staat, Rechtsakt und Vorschrift).
form-what-explanation = Die Begründung
form-what-foreign-law = Das ausländische Recht

## Intake of a request that arrived by another channel, and its sent-on record.
form-what-requester-name = Der Name der anfragenden Person
form-what-agency = Die Behörde
form-what-email-address = Die E-Mail-Adresse
form-what-phone-number = Die Telefonnummer
form-what-how-sent = Die Versandart
form-what-time-received = Der Eingangszeitpunkt
form-what-time-served = Der Zustellungszeitpunkt
form-what-summary = Die Zusammenfassung
form-intake-time-format = { $what }: Geben Sie Datum und Uhrzeit in UTC an, z. B. 2026-11-20 14:30.
form-intake-time-future = { $what } darf nicht in der Zukunft liegen; prüfen Sie Datum und Uhrzeit (UTC).
form-intake-requester-name-missing = Geben Sie den Namen der anfragenden Person so an, wie er im Rechtsdokument steht.
form-intake-agency-missing = Geben Sie die anfragende Behörde an.
form-intake-email-missing = Geben Sie die dienstliche E-Mail-Adresse der anfragenden Person an (name@behoerde.gov); Antworten und Einladungen gehen dorthin.
form-intake-country-missing = Wählen Sie das Land der anfragenden Person.
form-intake-kind-missing = Wählen Sie die Art der Anfrage.
form-intake-channel-missing = Wählen Sie, wie die Anfrage eingegangen ist (Post, Fax, E-Mail, persönlich, Rechtshilfeersuchen, gerichtliche Zustellung oder das dezentrale IT-System der EU).
form-intake-legal-entity-missing = Wählen Sie die juristische Person, der die Anfrage zugestellt wurde (die Liste wird mit LERS_INTAKE_LEGAL_ENTITIES festgelegt).
form-intake-how-missing = Geben Sie an, wie es versandt wurde (Post, Fax, Kurier, persönlich).
form-intake-sent-on-missing = Geben Sie das Versanddatum im Format JJJJ-MM-TT an.
form-intake-sent-on-future = Das Versanddatum darf nicht in der Zukunft liegen.
form-intake-summary-missing = Fassen Sie zusammen, was versandt wurde (höchstens { $max } Zeichen).

## The agency directory (emergency call-backs) and notices to affected users.
form-agency-name-missing = Geben Sie den Namen der Behörde an (höchstens 200 Zeichen).
form-agency-country-invalid = Geben Sie das Land der Behörde als zweistelligen Code an, z. B. US oder GB.
form-agency-domains-missing = Geben Sie die E-Mail-Domain(s) der Behörde an, z. B. abilenetx.gov.
form-agency-domain-invalid = { $domain } ist keine E-Mail-Domain; schreiben Sie sie wie abilenetx.gov.
form-agency-switchboard-missing = Geben Sie die Nummer der Zentrale der Behörde an.
form-agency-switchboard-too-long = Eine Telefonnummer hat höchstens 64 Zeichen.
form-agency-switchboard-invalid = Das ist keine Telefonnummer; schreiben Sie sie mit Ländervorwahl (+1 325 676 6600), national (0 20 7946 0000) oder als tel:+13256766600;ext=12.
form-agency-time-zone-invalid = Geben Sie eine IANA-Zeitzone an, z. B. America/Chicago oder Europe/London.
form-agency-source-missing = Geben Sie an, wo die Nummer geprüft wurde (z. B. Website der Behörde, durch Anruf bestätigt).
form-agency-verified-on-invalid = Geben Sie das Datum der Prüfung der Nummer an, z. B. 2026-11-01.
form-agency-control-characters = Entfernen Sie Steuerzeichen und geben Sie den Eintrag neu ein.
form-notice-target-unknown = Diese Kennung gehört nicht zur Anfrage.
form-notice-exemption-missing = Wählen Sie die zutreffende Ausnahme.
form-notice-choice-missing = Wählen Sie, was mit der Benachrichtigung geschieht.
form-notice-order-until-invalid = Geben Sie das neue Enddatum der Anordnung an, z. B. 2027-05-31.
form-notice-hold-reason-missing = Halten Sie fest, warum die Benachrichtigung zurückgehalten wird.
