## Probleme mit Formularfeldern (Issue 17). Ein `$what` ist einer der Feldnamen
## unten; die Sätze nennen ihn nach einem Doppelpunkt, damit kein Kasus passen muss.

## Feldnamen.

form-this-field = Dieses Feld
form-the-name = Der Name
form-the-reason = Die Begründung
form-the-message = Die Nachricht
form-the-file-name = Der Dateiname
form-your-full-name = Ihr vollständiger Name
form-your-agency = Der Name Ihrer Behörde
form-your-badge = Ihre Dienst- oder Ausweisnummer
form-your-phone = Ihre Telefonnummer
form-your-mailing-address = Ihre Postanschrift
form-your-subdivision = Ihr Bundesland, Ihre Provinz oder Region
form-what-title = Kurzbezeichnung des Falls
form-what-subdivision = Bundesland, Provinz oder Region
form-what-issuing-authority = Ausstellendes Gericht oder ausstellende Behörde
form-what-citation = Rechtsgrundlage oder Aktenzeichen
form-what-description = Was Sie erbitten und warum
form-what-date-from = Beginn des Zeitraums
form-what-date-to = Ende des Zeitraums
form-what-deadline = Frist
form-what-nondisclosure = Geheimhaltungsanordnung
form-what-delay-of-notice = Anordnung zum Aufschub der Benachrichtigung
form-what-narrative = Beschreibung des Notfalls
form-what-supervisor-name = Name Ihrer vorgesetzten Person
form-eu-issuing = Anordnungsbehörde
form-eu-validating = Validierungsbehörde
form-what-eu-issuing-name = Name der Anordnungsbehörde
form-what-eu-validating-name = Name der Validierungsbehörde
form-what-eu-issuing-file = Aktenzeichen der Anordnungsbehörde
form-what-eu-validating-file = Aktenzeichen der Validierungsbehörde
form-what-eu-address = Anschrift
form-what-eu-signer = Name der unterzeichnenden Person
form-what-eu-phone = Telefonnummer
form-what-eu-email = E-Mail-Adresse
form-what-eu-offence = Straftat und Rechtsgrundlage (Abschnitt G)
form-what-eu-earlier = Frühere Anordnung
form-what-eu-delay-end = Ende des Aufschubs der Unterrichtung des Nutzers
form-what-eu-enforcing = Unterrichtete Vollstreckungsbehörde (Abschnitt K)
form-what-eu-issued-on = Ausstellungsdatum
form-what-eu-delivery = Wohin die Daten zu übermitteln sind (Abschnitt L)
form-what-eu-information-ea = Informationen für die Vollstreckungsbehörde (Abschnitt M)

## Jedes Feld.

form-enter = Bitte ausfüllen: { $what }.
form-too-long = { $what }: höchstens { $max } Zeichen.
form-line-break = { $what } enthält einen Zeilenumbruch oder Tabulator; bitte schreiben Sie alles in eine Zeile.
form-invisible = { $what } enthält ein unsichtbares Steuer- oder Formatierungszeichen (etwa eine Umkehrung der Schreibrichtung, vielleicht mit dem Text eingefügt); bitte geben Sie den Text neu ein.
form-not-a-date = { $what }: bitte ein Datum wie 2026-11-27 angeben.

## Profil (Registrierung, eigenes Konto) und Namen von Mitarbeitenden.

form-enter-full-name = Bitte geben Sie Ihren vollständigen Namen an.
form-enter-agency = Bitte geben Sie den Namen Ihrer Behörde an.
form-enter-badge = Bitte geben Sie Ihre Dienst- oder Ausweisnummer an.
form-enter-phone = Bitte geben Sie Ihre Telefonnummer an.
form-enter-mailing-address = Bitte geben Sie Ihre Postanschrift mit Straße an.
form-enter-subdivision = Bitte geben Sie Ihr Bundesland, Ihre Provinz oder Region an.
form-phone-format = Bitte geben Sie die Telefonnummer mit Ländervorwahl an, z. B. +49 30 555 0100 Durchwahl 12.
form-po-box = Bitte geben Sie eine Straßenanschrift an, unter der rechtliche Schriftstücke zugestellt werden können; Postfächer werden nicht angenommen.
form-agency-country = Bitte wählen Sie das Land Ihrer Behörde.
form-staff-name = Bitte geben Sie einen vollständigen Namen mit höchstens { $max } Zeichen an.

## Ein Ersuchen im Entwurf.

form-issuing-country = Bitte wählen Sie das Land der ausstellenden Behörde.
form-instrument-wrong = Diese Rechtsgrundlage trägt diese Art von Ersuchen nicht; bitte wählen Sie eine aus der Liste.
form-instrument-missing = Bitte wählen Sie die Rechtsgrundlage des Ersuchens.
form-targets-missing = Bitte nennen Sie mindestens ein Konto, eine E-Mail-Adresse, eine Telefonnummer oder eine andere Kennung.
form-target-type = Kennung { $number }: Bitte wählen Sie ihren Typ.
form-target-invalid = Kennung { $number } ({ $value }): { $reason }.
form-target-empty = Die Kennung ist leer
form-target-too-long = Die Kennung ist länger als 320 Zeichen
form-target-control = Die Kennung enthält einen Zeilenumbruch, ein Steuer- oder ein unsichtbares Formatierungszeichen
form-target-email = Eine E-Mail-Adresse braucht genau ein @ mit Text auf beiden Seiten, z. B. name@example.com
form-target-phone = Eine Telefonnummer braucht ihre Ländervorwahl und 7 bis 15 Ziffern, z. B. +49 30 555 0199
form-target-ip = Keine IPv4- oder IPv6-Adresse (bitte eine einzelne Adresse, keinen Bereich)
form-target-meeting-id = Eine Meeting-ID besteht nur aus Buchstaben, Ziffern, Leerzeichen und Bindestrichen
form-targets-too-many = Höchstens { $max } Kennungen je Ersuchen; bitte teilen Sie größere Ersuchen auf.
form-data-categories = Bitte wählen Sie die Arten von Daten, um die Sie ersuchen.
form-date-range-missing = Bitte geben Sie den Zeitraum der erbetenen Daten an; unbefristete Ersuchen sind zu weit gefasst.
form-date-range-reversed = Das Ende des Zeitraums liegt vor seinem Beginn.
form-date-range-future = Der Zeitraum kann nicht in der Zukunft beginnen.
form-deadline-past = Die Frist muss nach dem heutigen Tag liegen.
form-order-ended = Die { $what } ist bereits abgelaufen; bitte wählen Sie „keine Anordnung“ oder geben Sie das tatsächliche Enddatum an.
form-order-end-date = Bitte geben Sie das Enddatum an ({ $what }), z. B. 2027-05-31.
form-narrative-short = Bitte beschreiben Sie die Gefahr, wer gefährdet ist und warum sie unmittelbar droht (mindestens { $min } Zeichen).
form-attest = Bitte bestätigen Sie die Versicherung zum Notfall.
form-supervisor-phone = Bitte geben Sie die Telefonnummer Ihrer vorgesetzten Person mit Ländervorwahl an, z. B. +49 30 555 0100.
form-extends-reference = Bitte geben Sie das Aktenzeichen des zu verlängernden Sicherungsersuchens an, z. B. LERS-2026-000123.
form-preservation-reference = Bitte geben Sie das Aktenzeichen Ihres Sicherungsersuchens an, z. B. LERS-2026-000123, oder lassen Sie das Feld leer.
form-colleagues-too-many = Höchstens { $max } Kolleginnen und Kollegen können Zugang erhalten.

## Das Zertifikat einer EU-Anordnung.

form-eu-member-state = Bitte wählen Sie den EU-Mitgliedstaat der { $what } (Dänemark ist an die Verordnung nicht gebunden).
form-eu-data-categories = Bitte wählen Sie die Datenkategorien, die das Zertifikat nennt (Abschnitt F).
form-eu-earlier-order = Bitte geben Sie das LERS-Aktenzeichen der früheren Anordnung an, z. B. LERS-2026-000123, oder die Kennung der Anordnungsbehörde.
form-eu-delay-ended = Der Aufschub der Unterrichtung des Nutzers ist bereits abgelaufen; bitte wählen Sie „nicht eingeschränkt“.
form-eu-delay-date = Bitte geben Sie das Datum an, bis zu dem der Nutzer nicht unterrichtet werden darf, z. B. 2027-05-31.
form-eu-enforcing-email = Bitte geben Sie die E-Mail-Adresse der Vollstreckungsbehörde in der Form name@example.eu an, oder lassen Sie das Feld leer.
form-eu-issued-future = Das Zertifikat kann nicht in der Zukunft ausgestellt sein.
form-eu-issued-on = Bitte geben Sie das Datum an, an dem das Zertifikat unterzeichnet wurde.
form-eu-received-before-issue = Das Zertifikat ist auf den { $issued } datiert, also nach dem Eingang der Anordnung ({ $received }); bitte prüfen Sie das Ausstellungsdatum und den Eingangszeitpunkt.

## Ein Ersuchen verfolgen: Zurückziehen, Nachrichten, Uploads.

form-withdraw-reason = Bitte geben Sie den Grund für das Zurückziehen an (höchstens { $max } Zeichen).
form-message-length = Bitte schreiben Sie eine Nachricht mit höchstens { $max } Zeichen.
form-message-unreadable = Die Nachricht konnte nicht gelesen werden oder ist weit länger als eine Nachricht sein darf; bitte kürzen Sie sie.
form-form-unreadable = Das Formular konnte nicht gelesen werden; bitte senden Sie es erneut.
form-upload-unreadable = Die hochgeladene Datei konnte nicht gelesen werden; bitte versuchen Sie es erneut.
form-upload-interrupted = Das Hochladen wurde unterbrochen oder die Datei ist zu groß; bitte versuchen Sie es erneut.
form-file-missing = Bitte wählen Sie eine Datei zum Hochladen.
form-file-too-large = Die Datei ist größer als { $mib } MiB; bitte teilen Sie sie auf oder fragen Sie den Anbieter nach einem anderen Übermittlungsweg.

## Die E-Mail-Adresse bei der Registrierung und im Profil.

form-email-not-allowed = { $domain } steht nicht auf der Liste zugelassener Behörden-E-Mail-Domains. Bitte verwenden Sie Ihre dienstliche E-Mail-Adresse bei Behörde oder Polizei; fehlt die Domain Ihrer Behörde, bitten Sie den Anbieter, sie aufzunehmen.
form-email-empty = Bitte geben Sie Ihre E-Mail-Adresse an: Ihre dienstliche Adresse, zum Beispiel name@behoerde.de.
form-email-missing-at = Diese E-Mail-Adresse enthält kein „@“. Bitte geben Sie Ihre vollständige dienstliche Adresse an, zum Beispiel name@behoerde.de.
form-email-too-many-at = Diese E-Mail-Adresse enthält mehr als ein „@“. Bitte geben Sie eine einzige Adresse an, zum Beispiel name@behoerde.de.
form-email-quoted = E-Mail-Adressen mit Anführungszeichen werden nicht angenommen. Bitte geben Sie Ihre Adresse ohne Anführungszeichen an, zum Beispiel name@behoerde.de.
form-email-comment = E-Mail-Adressen mit runden Klammern „(“ oder „)“ werden nicht angenommen. Bitte entfernen Sie die Klammern und den Text dazwischen.
form-email-whitespace = Diese E-Mail-Adresse enthält ein Leerzeichen, einen Tabulator oder ein anderes unsichtbares Zeichen. Bitte entfernen Sie es (prüfen Sie auch Anfang und Ende) und versuchen Sie es erneut.
form-email-non-ascii = Diese E-Mail-Adresse enthält internationale Zeichen (Buchstaben außerhalb von a–z). Sie werden nicht angenommen, weil ähnlich aussehende Buchstaben anderer Alphabete ein bekannter Trick sind, um Behördenadressen vorzutäuschen. Bitte tippen Sie Ihre Adresse von Hand ein, statt sie einzufügen.
form-email-punycode = Diese E-Mail-Adresse verwendet einen kodierten internationalen Domainnamen (ein Teil beginnt mit „xn--“). Solche Adressen werden nicht angenommen, weil ähnlich aussehende Buchstaben ein bekannter Trick sind, um Behördenadressen vorzutäuschen. Bitte verwenden Sie die einfache Adresse Ihrer Behörde.
form-email-trailing-dot = Diese E-Mail-Adresse endet mit einem Punkt. Bitte entfernen Sie den Punkt am Ende und versuchen Sie es erneut.
form-email-domain-literal = Adressen mit einer IP-Adresse in eckigen Klammern werden nicht angenommen. Bitte verwenden Sie die E-Mail-Adresse Ihrer Behörde mit Domainnamen, zum Beispiel name@behoerde.de.
form-email-domain-empty = Nach dem „@“ dieser E-Mail-Adresse steht nichts. Bitte geben Sie Ihre vollständige Adresse an, zum Beispiel name@behoerde.de.
form-email-domain-empty-label = Der Teil nach dem „@“ beginnt mit einem Punkt oder enthält zwei Punkte hintereinander. Bitte prüfen Sie die Adresse auf Tippfehler.
form-email-domain-character = Der Teil nach dem „@“ darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten. Bitte prüfen Sie die Adresse auf Tippfehler.
form-email-domain-label-hyphen = Ein Teil der Domain nach dem „@“ beginnt oder endet mit einem Bindestrich; das ist nicht zulässig. Bitte prüfen Sie die Adresse auf Tippfehler.
form-email-domain-label-too-long = Ein Teil der Domain nach dem „@“ ist länger als 63 Zeichen; das ist nicht zulässig. Bitte prüfen Sie die Adresse auf Tippfehler.
form-email-domain-too-long = Der Teil nach dem „@“ ist länger als 253 Zeichen; das ist nicht zulässig. Bitte prüfen Sie die Adresse auf Tippfehler.
form-email-single-label = Der Teil nach dem „@“ muss ein vollständiger Domainname mit Punkt sein, etwa behoerde.de. Bitte geben Sie Ihre vollständige dienstliche Adresse an.
form-email-numeric-tld = Der Teil nach dem „@“ muss auf einen Namen wie .de enden, nicht auf eine Zahl. Bitte geben Sie die E-Mail-Adresse Ihrer Behörde an, keine IP-Adresse.
form-email-local-empty = Vor dem „@“ dieser E-Mail-Adresse steht nichts. Bitte geben Sie Ihre vollständige Adresse an, zum Beispiel name@behoerde.de.
form-email-local-too-long = Der Teil vor dem „@“ ist länger als 64 Zeichen, was E-Mail nicht zulässt. Bitte prüfen Sie die Adresse auf Tippfehler.
form-email-local-dots = Der Teil vor dem „@“ beginnt oder endet mit einem Punkt oder enthält zwei Punkte hintereinander. Bitte prüfen Sie die Adresse auf Tippfehler.
form-email-local-character = Der Teil vor dem „@“ enthält ein nicht zulässiges Zeichen. Bitte verwenden Sie nur Buchstaben, Ziffern, Punkte und die Zeichen ! # $ % & ' * + / = ? ^ _ ` { "{" } | { "}" } ~ -
form-email-too-long = Diese E-Mail-Adresse ist länger als 254 Zeichen, was E-Mail nicht zulässt. Bitte prüfen Sie die Adresse auf Tippfehler.

## Ein neues Passwort.

form-password-too-short = Dieses Passwort ist zu kurz. Bitte verwenden Sie mindestens { $min } Zeichen; einige Wörter ohne Zusammenhang ergeben ein langes Passwort, das man sich leicht merkt.
form-password-too-long = Dieses Passwort ist zu lang. Bitte verwenden Sie höchstens { $max } Zeichen.
form-password-common = Dieses Passwort steht auf einer Liste häufig verwendeter Passwörter, die Angreifer zuerst ausprobieren. Bitte wählen Sie ein anderes, weniger vorhersehbares.
form-password-contains-email = Dieses Passwort enthält den Teil Ihrer E-Mail-Adresse vor dem „@“, den ein Angreifer als Erstes ausprobieren würde. Bitte wählen Sie ein Passwort, das ihn nicht enthält.
form-password-mismatch = Die beiden Passwörter stimmen nicht überein. Bitte geben Sie in beide Felder dasselbe Passwort ein.

## Einreichen: worauf sich der Entwurf bezieht. Rechtliche Grundlage als PDF.

form-extends-not-yours = { $reference } ist keines Ihrer offenen Sicherungsersuchen.
form-preservation-not-in-force = { $reference } ist keine Ihrer wirksamen Sicherungen.
form-pdf-not-pdf = Diese Datei ist kein PDF (ihr Inhalt beginnt nicht wie ein PDF, gleich wie sie heißt); bitte laden Sie die rechtliche Grundlage als PDF hoch.
form-pdf-encrypted = Dieses PDF ist verschlüsselt oder kennwortgeschützt; bitte laden Sie eine ungeschützte Kopie hoch.
form-pdf-active-content = Dieses PDF enthält JavaScript oder Aktionen, die Programme starten; das wird nicht angenommen. Bitte drucken Sie es in ein neues PDF und laden Sie dieses hoch.
form-pdf-unreadable = Dieses PDF ist beschädigt und kann nicht gelesen werden ({ $detail }); bitte exportieren Sie es erneut und laden Sie die neue Datei hoch.
form-pdf-too-complex = Die Prüfung dieses PDF braucht mehr Speicher oder Zeit, als dieser Server erlaubt (es enthält ungewöhnlich viele Objekte); bitte drucken Sie es in ein neues PDF oder teilen Sie es auf und laden Sie das Ergebnis hoch.
form-pdf-checker-unavailable = Der Server konnte diese Datei gerade nicht prüfen; bitte versuchen Sie es in einigen Minuten erneut und informieren Sie den Anbieter, falls es weiter geschieht.
form-pdf-busy = Der Server prüft gerade andere Dateien; bitte versuchen Sie es in einigen Minuten erneut.

## Codes aus einer Authenticator-App; Passwort und Adresse des eigenen Kontos.

form-code-malformed = Bitte geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein (nur Ziffern).
form-code-wrong = Dieser Code ist nicht korrekt; bitte prüfen Sie die Uhrzeit Ihres Telefons und geben Sie den aktuellen Code ein.
form-code-reused = Dieser Code wurde bereits verwendet; bitte warten Sie auf den nächsten Code und geben Sie ihn ein.
form-not-current-password = Dies ist nicht Ihr aktuelles Passwort.
form-email-unchanged = Dies ist bereits die Adresse des Kontos; bitte geben Sie die neue Adresse ein.

## API-Token; LERS verlassen.

form-token-name = Bitte geben Sie dem Token einen Namen mit höchstens { $max } Zeichen.
form-token-scopes = Bitte wählen Sie mindestens einen Berechtigungsumfang.
form-token-lifetime = Bitte wählen Sie eine Gültigkeitsdauer von 1 bis { $max } Tagen.
form-leave-confirm = Bitte kreuzen Sie das Feld an, um zu bestätigen, dass Sie verstehen, was gelöscht und was aufbewahrt wird.
