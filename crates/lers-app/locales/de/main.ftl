# Deutsche Texte der LERS-Webanwendung. Für eine weitere Sprache diesen Ordner
# nach locales/<Sprach-Tag>/ kopieren (z. B. locales/de/) und jede Nachricht übersetzen.

app-name = LERS
app-tagline = System für Auskunftsersuchen von Strafverfolgungsbehörden
skip-to-content = Zum Hauptinhalt springen
nav-label = Hauptnavigation
nav-console = Konsole
nav-accounts = Konten
nav-domains = Behördendomains
nav-audit = Audit-Protokoll
nav-dashboard = Übersicht
nav-sign-in = Anmelden
nav-sign-up = Konto erstellen
nav-sign-out = Abmelden
footer-text = Jede Aktion in diesem System wird in einem Audit-Protokoll erfasst, in dem jede nachträgliche Änderung erkennbar ist. Nutzen Sie es ausschließlich für rechtmäßige Ersuchen.
language-switcher-label = Sprache

error-title = Es ist ein Fehler aufgetreten
error-home = Zur Startseite

home-title = Rechtliche Ersuchen um Nutzerdaten
home-lead = Verifizierte Amtsträger von Behörden und Strafverfolgungsbehörden reichen hier ihre rechtlichen Anordnungen ein, verfolgen deren Prüfung, kommunizieren mit dem Bearbeitungsteam und erhalten herausgegebene Daten auf sicherem Weg.
home-requesters-title = Für Strafverfolgungs- und andere Behörden
home-requesters-text = Erstellen Sie ein Konto mit Ihrer dienstlichen E-Mail-Adresse. Sie bestätigen die Adresse, wählen ein Passwort und richten die Zwei-Faktor-Authentifizierung ein.
home-emergency-title = Notfälle
home-emergency-text = Besteht unmittelbare Lebensgefahr, melden Sie sich an und stellen Sie ein Notfall-Auskunftsersuchen: Es wird in jeder Warteschlange vorrangig bearbeitet. Notfallersuchen werden durch einen Rückruf bei Ihrer Behörde verifiziert.

form-has-errors = Es liegt ein Problem vor
pager-label = Seiten
pager-prev = Zurück
pager-next = Weiter
pager-status = Seite { $page } von { $pages } (insgesamt { $total })

signup-title = Konto für Antragsteller erstellen
signup-lead = Registrieren können sich nur Amtsträger, deren E-Mail-Adresse auf der Zulassungsliste für Behörden steht. Alle Felder sind Pflichtfelder.
signup-you = Angaben zu Ihrer Person
signup-agency = Ihre Behörde
signup-submit = Konto erstellen
signup-sent-title = Bitte prüfen Sie Ihr E-Mail-Postfach
signup-sent-text = Sofern die Adresse registriert werden kann, haben wir einen Link dorthin gesendet, mit dem Sie die Adresse bestätigen und ein Passwort wählen. Der Link ist einmalig und 24 Stunden lang gültig.
field-name = Vollständiger Name
field-gov-email = Dienstliche E-Mail-Adresse
field-gov-email-hint = Zum Beispiel name@pd.cityname.gov. Private Adressen werden nicht akzeptiert.
field-email = E-Mail-Adresse
field-phone = Telefonnummer
field-phone-hint = Mit Ländervorwahl und gegebenenfalls Durchwahl, z. B. +1 325 555 0100 ext. 12.
field-agency = Name der Behörde
field-badge = Dienstausweis- oder Kennnummer
field-address = Postanschrift
field-address-hint = Anschrift für die Zustellung rechtlicher Schriftstücke, in einer Zeile (Bestandteile durch Kommas trennen). Postfächer werden nicht akzeptiert.
field-country = Land
field-country-choose = Land auswählen
field-subdivision = Bundesstaat, Bundesland oder Region
field-subdivision-hint = Der anordnenden Behörde, z. B. TX oder Mazowieckie.

password-title = Passwort wählen
password-lead = Ihre Adresse { $email } ist bestätigt. Wählen Sie bitte ein Passwort dafür.
field-new-password = Neues Passwort
field-new-password-hint = Mindestens 12 Zeichen; lange Passphrasen sind willkommen. Sehr häufig verwendete Passwörter werden abgelehnt.
field-password-confirm = Passwort erneut eingeben
password-submit = Passwort speichern und fortfahren
link-invalid-title = Dieser Link kann nicht verwendet werden

mfa-title = Zwei-Faktor-Authentifizierung einrichten
mfa-lead = Für jedes Konto ist bei der Anmeldung ein zweiter Schritt erforderlich: ein 6-stelliger Code aus einer Authenticator-App auf Ihrem Telefon.
mfa-step-app = Installieren Sie eine Authenticator-App (zum Beispiel FreeOTP, Google Authenticator oder Microsoft Authenticator).
mfa-step-scan = Scannen Sie diesen Code mit der App:
mfa-qr-label = QR-Code für Ihre Authenticator-App
mfa-step-manual = Oder geben Sie diesen Schlüssel in die App ein:
mfa-step-code = Geben Sie den 6-stelligen Code ein, den die App anzeigt.
field-code = 6-stelliger Code
field-code-hint = Aus Ihrer Authenticator-App.
mfa-submit = Zwei-Faktor-Authentifizierung aktivieren
mfa-on = aktiv
mfa-off = nicht eingerichtet

login-title = Anmelden
login-code-hint = Der 6-stellige Code aus Ihrer Authenticator-App oder, falls Sie diese verloren haben, einer Ihrer Wiederherstellungscodes (ABCDE-FGHIJ). Lassen Sie das Feld nur leer, wenn Sie die Zwei-Faktor-Authentifizierung noch nicht eingerichtet haben.
login-submit = Anmelden
login-no-account = Noch kein Konto?
field-password = Passwort

dashboard-title = Übersicht
dashboard-welcome = Angemeldet als { $name }.
dashboard-requests = Ihre Ersuchen
dashboard-no-requests = Sie haben noch keine Ersuchen gestellt.
dashboard-profile = Ihre Angaben
dashboard-sign-ins = Letzte Aktivitäten in Ihrem Konto
dashboard-sign-ins-hint = Wenn Sie eine Anmeldung oder Änderung bemerken, die Sie nicht zuordnen können, wenden Sie sich umgehend an das Bearbeitungsteam des Anbieters.
col-time = Zeit (UTC)
col-event = Ereignis
col-ip = Von
col-person = Person
col-kind = Art
col-status = Status
col-mfa = Zwei-Faktor
col-roles = Rollen
col-actions = Aktionen
col-pattern = Domain oder Regel
col-organization = Organisation
col-place = Ort
col-type = Typ
col-source = Quelle
col-actor = Handelnde Person
col-subject = Betroffen
col-outcome = Ergebnis
col-details = Details

setup-title = Ersten Administrator einrichten
setup-lead = Mit diesem einmaligen Link wird das erste Administratorkonto erstellt. Anschließend richten Sie die Zwei-Faktor-Authentifizierung ein.
setup-submit = Administratorkonto erstellen

console-title = Bearbeitungskonsole
console-welcome = Angemeldet als { $name } (Rollen: { $roles }).
console-accounts-text = Mitarbeitende, Rollen, Antragstellerkonten, Sperren.
console-domains-text = Die Zulassungsliste der Behörden-E-Mail-Domains.
console-audit-text = Das Audit-Protokoll, in dem jede Änderung erkennbar ist, durchsuchen, filtern und verifizieren.
console-queue-title = Warteschlange der Ersuchen
console-queue-text = Ersuchen von Strafverfolgungsbehörden erscheinen hier, sobald sie eingereicht wurden.

filter-search = Suchen
filter-kind = Art
filter-all = Alle
filter-apply = Anwenden
filter-actor = Handelnde Person (pseudonyme ID)
filter-subject = Betroffen
filter-action = Aktion
filter-outcome = Ergebnis
kind-requester = Antragsteller
kind-staff = Mitarbeitende
accounts-caption = Konten, neueste zuerst
roles-of = Rollen von { $name }
roles-save = Rollen speichern
action-unlock = Entsperren
action-enable = Aktivieren
action-disable = Deaktivieren
invite-title = Mitarbeitende einladen
invite-text = Die neue Person erhält einen einmalig verwendbaren Link, um ein Passwort zu wählen und die Zwei-Faktor-Authentifizierung einzurichten.
invite-submit = Einladung senden
invite-sent = Einladung an { $email } gesendet.
roles-saved = Rollen von { $name } gespeichert.
status-saved = { $name } ist jetzt { $status }.

domains-lead = Registrieren können sich nur Adressen, die auf dieser Liste stehen. Eine Domain schließt ihre Subdomains ein; eine Regel wie *.police.uk schließt jede Subdomain von police.uk ein.
domains-caption = Einträge der Zulassungsliste
domains-add-title = Domain oder Regel hinzufügen
field-pattern = Domain oder Regel
field-pattern-hint = Eine Domain wie cityname.gov oder eine Regel wie *.police.uk.
domains-add-submit = Zur Zulassungsliste hinzufügen
domain-added = { $pattern } hinzugefügt.
domain-updated = { $pattern } aktualisiert.
status-enabled = aktiviert
status-disabled = deaktiviert

audit-lead = { $entries } Einträge. Personen werden in den Einträgen nur mit pseudonymen IDs bezeichnet.
audit-caption = Audit-Ereignisse, neueste zuerst
audit-verify = Gesamtes Protokoll verifizieren
audit-verified = Das Protokoll ist vollständig verifiziert. Root: { $root }
audit-broken = Das Protokoll lässt sich NICHT verifizieren: { $problem }

mail-verify-subject = { $service }: Bestätigen Sie Ihre E-Mail-Adresse
mail-verify-body =
    Guten Tag { $name },

    jemand (hoffentlich Sie) hat mit dieser Adresse ein Antragstellerkonto bei { $service } beantragt.
    Um die Adresse zu bestätigen und ein Passwort zu wählen, öffnen Sie bitte innerhalb von 24 Stunden diesen Link:

    { $link }

    Der Link ist nur einmal verwendbar, und nur der zuletzt an Sie gesendete Link ist gültig. Falls Sie kein Konto beantragt haben, ignorieren Sie diese E-Mail bitte.
mail-already-registered-subject = { $service }: Sie haben bereits ein Konto
mail-already-registered-body =
    Guten Tag { $name },

    jemand hat versucht, mit dieser Adresse ein Konto bei { $service } zu erstellen; für diese Adresse besteht jedoch bereits ein Konto.
    Zur Anmeldung rufen Sie bitte folgende Seite auf:

    { $link }

    Falls Sie dies nicht waren, ist nichts weiter zu tun; Ihr Konto bleibt unverändert.
mail-staff-invite-subject = { $service }: Einladung in das Bearbeitungsteam
mail-staff-invite-body =
    Guten Tag { $name },

    eine Administratorin oder ein Administrator hat für Sie ein Mitarbeiterkonto bei { $service } erstellt (Rollen: { $roles }).
    Um Ihr Passwort zu wählen und die Zwei-Faktor-Authentifizierung einzurichten, öffnen Sie bitte innerhalb von 24 Stunden diesen Link:

    { $link }

    Der Link ist nur einmal verwendbar.

## Ersuchen
nav-requests = Ersuchen
nav-tokens = API-Tokens
requests-title = Ihre Ersuchen
requests-lead = Von Ihnen gestellte Ersuchen sowie Ersuchen, die Kolleginnen und Kollegen für Sie freigegeben haben. Notfallersuchen werden vorrangig bearbeitet.
requests-new = Neues Ersuchen stellen
requests-caption = Ersuchen, zuletzt geänderte zuerst
requests-none = Keine passenden Ersuchen.
col-reference = Aktenzeichen
col-title = Vorgang
col-deadline = Frist
col-updated = Letzte Änderung
filter-status = Status
filter-reference = Aktenzeichen oder Vorgangsname
shared-marker = für Sie freigegeben
draft-marker = noch nicht eingereicht

new-request-title = Neues Ersuchen stellen
new-request-lead = Wählen Sie, worum Sie ersuchen. Sie können einen Entwurf speichern und vor dem Einreichen später weiterbearbeiten.
kind-user_data = Ersuchen um Nutzerdaten
kind-user_data-help = Gestützt auf eine rechtliche Anordnung: Subpoena, Gerichtsbeschluss, Durchsuchungsbeschluss, Rechtshilfeersuchen (MLAT), Europäische Herausgabeanordnung oder eine andere nationale Anordnung.
kind-emergency = Notfall-Auskunftsersuchen
kind-emergency-help = Unmittelbare Gefahr für Leib oder Leben oder ein gefährdetes Kind. Eine rechtliche Anordnung ist nicht erforderlich, wohl aber eine Sachverhaltsschilderung und eine Versicherung. Die Verifizierung erfolgt durch einen Rückruf bei Ihrer Behörde.
kind-preservation = Sicherungsersuchen
kind-preservation-help = Daten sichern, während Sie eine rechtliche Anordnung erwirken (90 Tage, einmal verlängerbar; Europäische Sicherungsanordnung 60 + 30 Tage).
kind-preservation_extension = Verlängerung einer Sicherung
kind-preservation_extension-help = Eines Ihrer Sicherungsersuchen verlängern.
kind-withhold_access = Ersuchen um Zugangssperre
kind-withhold_access-help = Ein Konto beschränken oder ein Meeting sperren, z. B. während einer andauernden Straftat. Gestützt auf eine rechtliche Anordnung.
start-request = Beginnen

instrument-subpoena = Subpoena
instrument-court_order = Gerichtsbeschluss
instrument-search_warrant = Durchsuchungsbeschluss
instrument-mlat = Rechtshilfeersuchen (MLAT) / Ersuchen nach internationalem Abkommen
instrument-eu_production_order = Europäische Herausgabeanordnung (EU)
instrument-eu_preservation_order = Europäische Sicherungsanordnung (EU)
instrument-preservation_letter = Sicherungsschreiben (z. B. 18 U.S.C. § 2703(f))
instrument-other_national_order = Andere nationale Anordnung
instrument-national_security = Anordnung im Bereich der nationalen Sicherheit

category-subscriber_info = Bestandsdaten
category-connection_logs = Verbindungs- und IP-Protokolle
category-meeting_metadata = Meeting-Metadaten
category-billing = Abrechnungsdaten
category-content = Inhalte

target-email = E-Mail-Adresse
target-phone = Telefonnummer (E.164)
target-account_id = Konto-ID
target-meeting_id = Meeting-ID
target-username = Benutzername
target-ip_address = IP-Adresse

status-draft = Entwurf
status-submitted = Eingereicht
status-in_review = In Prüfung
status-needs_info = Angaben erforderlich
status-approved = Genehmigt
status-produced = Herausgegeben
status-rejected = Abgelehnt
status-challenged = Beanstandet
status-closed = Abgeschlossen
status-withdrawn = Zurückgezogen
status-preserved = Gesichert
status-extended = Verlängert
status-expired = Abgelaufen
status-released = Freigegeben
status-fulfilled = Erledigt

form-request-title = { $kind }
form-request-lead = Mit * gekennzeichnete Felder sind für das Einreichen erforderlich. Sie können jederzeit einen Entwurf speichern.
section-case = Der Vorgang
section-process = Rechtliche Anordnung
section-targets = Konten und Kennungen
section-targets-help = Eine Kennung pro Zeile. Wählen Sie jeweils den Typ; die Schreibweise wird vereinheitlicht (z. B. Telefonnummern zu +15550100199).
section-data = Angeforderte Daten
section-orders = Für den Anbieter verbindliche Anordnungen
section-emergency = Der Notfall
section-sharing = Kolleginnen und Kollegen
field-title = Vorgangsname *
field-title-hint = Eine kurze Bezeichnung für Ihre eigene Übersicht, z. B. „Operation Walnuss“.
field-description = Worum Sie ersuchen und warum *
field-description-hint = Die gesuchten Daten und ihr Bezug zu den Ermittlungen. Eng gefasste Ersuchen werden schneller beantwortet.
field-issuing-authority = Anordnendes Gericht oder anordnende Behörde *
field-instrument = Rechtliche Anordnung *
field-instrument-choose = Auswählen …
field-citation = Fundstelle oder Aktenzeichen *
field-request-country = Land der anordnenden Behörde *
field-request-subdivision = Bundesstaat, Bundesland oder Region *
field-target-type = Typ der Kennung { $n }
field-target-value = Kennung { $n }
add-targets = Weitere Zeilen hinzufügen
field-categories = Datenkategorien *
field-date-from = Daten ab (Datum) *
field-date-to = Daten bis (Datum) *
field-deadline = Antwort erforderlich bis (optional)
field-nondisclosure = Geheimhaltungsanordnung
field-delay-notice = Anordnung zum Aufschub der Benachrichtigung
order-none = Keine solche Anordnung
order-until = In Kraft bis
order-indefinite = Unbefristet in Kraft
field-order-until = Enddatum
field-narrative = Beschreiben Sie den Notfall *
field-narrative-hint = Wer in Gefahr ist, worin die Gefahr besteht und warum sie unmittelbar bevorsteht.
field-attested = Ich versichere, dass ein Notfall vorliegt, bei dem Gefahr für Leib oder Leben besteht, und dass eine unverzügliche Offenlegung erforderlich ist, um diese Gefahr abzuwenden. *
field-supervisor-name = Name der vorgesetzten Person *
field-supervisor-phone = Telefonnummer der vorgesetzten Person *
field-extends = Aktenzeichen des zu verlängernden Sicherungsersuchens *
field-colleagues = Kolleginnen und Kollegen, die dieses Ersuchen einsehen dürfen
field-colleagues-hint = Bis zu 5 E-Mail-Adressen von Kolleginnen und Kollegen Ihrer Behörde, die ein eigenes Konto haben, eine pro Zeile.
save-draft = Entwurf speichern
submit-request = Ersuchen einreichen
draft-saved = Entwurf gespeichert.

detail-kind = Art
detail-status = Status
detail-reference = Aktenzeichen
detail-submitted = Eingereicht
detail-deadline = Frist
detail-authority = Anordnende Behörde
detail-instrument = Rechtliche Anordnung
detail-citation = Fundstelle
detail-country = Land
detail-targets = Kennungen
detail-categories = Angeforderte Daten
detail-dates = Zeitraum
detail-nondisclosure = Geheimhaltungsanordnung
detail-delay = Anordnung zum Aufschub der Benachrichtigung
detail-emergency = Notfall
detail-supervisor = Vorgesetzte Person
detail-colleagues = Kolleginnen und Kollegen mit Zugriff
detail-owner = Gestellt von
detail-withdrawn = Zurückgezogen, weil
detail-description = Ersuchen
edit-draft = Weiter bearbeiten
documents-title = Rechtliche Anordnung und Dokumente
documents-none = Noch keine Dokumente.
documents-upload = PDF hochladen
field-file = PDF-Datei
field-file-hint = Die rechtliche Anordnung als PDF, bis zu { $mib } MiB. Verschlüsselte PDFs und PDFs mit Skripten werden abgelehnt.
upload-submit = Hochladen
uploaded = { $name } hochgeladen. SHA-256-Empfangsbestätigung: { $sha256 }
col-file = Datei
col-size = Größe
col-sha256 = SHA-256
col-uploaded = Hochgeladen
timeline-title = Verlauf
timeline-status = Status: { $status }
timeline-message = Nachricht
timeline-document = Dokument hinzugefügt: { $name }
messages-title = Nachrichten mit dem Bearbeitungsteam
# Wer eine Nachricht geschrieben oder ein Ersuchen geändert hat, wenn es Mitarbeitende waren.
author-response-team = Bearbeitungsteam
messages-none = Noch keine Nachrichten.
field-message = Ihre Nachricht
field-attachment = PDF anhängen (optional)
send-message = Nachricht senden
message-sent = Nachricht gesendet.
withdraw-title = Dieses Ersuchen zurückziehen
withdraw-lead = Mit dem Zurückziehen wird jede Bearbeitung des Ersuchens eingestellt. Dies kann nicht rückgängig gemacht werden.
field-reason = Grund für das Zurückziehen *
withdraw-submit = Ersuchen zurückziehen
withdrawn-notice = Das Ersuchen wurde zurückgezogen.
submitted-notice = Ersuchen eingereicht. Ihr Aktenzeichen lautet { $reference }.

tokens-title = API-Tokens
tokens-lead = Mit persönlichen Tokens kann das Vorgangsbearbeitungssystem Ihrer Behörde Ersuchen über die API (/api/v1) einreichen und verfolgen. Ein Token handelt in Ihrem Namen: Halten Sie es geheim, erteilen Sie ihm nur die nötigen Berechtigungen und widerrufen Sie es, sobald es nicht mehr verwendet wird.
tokens-caption = Ihre Tokens
tokens-none = Sie haben keine API-Tokens.
col-name = Name
col-scopes = Berechtigungen
col-created = Erstellt
col-last-used = Zuletzt verwendet
token-revoke = Widerrufen
token-revoked = widerrufen
tokens-new = Token erstellen
field-token-name = Name *
field-token-name-hint = Wofür es verwendet wird, z. B. „Vorgangssystem“.
scope-read = read — Ersuchen, Nachrichten und Dokumente auflisten und lesen
scope-submit = submit — Ersuchen erstellen, einreichen und zurückziehen, Nachrichten senden, Dokumente hochladen
field-token-code = Aktueller 6-stelliger Code *
field-token-code-hint = Für das Erstellen eines Tokens ist ein neuer Code aus Ihrer Authenticator-App erforderlich.
token-create = Token erstellen
token-created = Token erstellt. Kopieren Sie es jetzt: Es wird nur einmal angezeigt.

mail-request-received-subject = { $service }: Ersuchen { $reference } eingegangen
mail-request-received-body =
    Guten Tag { $name },

    das Ersuchen { $reference } ist eingegangen und wird geprüft.
    Den Stand verfolgen und mit dem Bearbeitungsteam kommunizieren können Sie hier:

    { $link }
mail-api-receipts-subject = { $service }: über die API eingegangene Ersuchen ({ $count })
mail-api-receipts-body =
    Guten Tag { $name },

    { $sections }

    Den Stand verfolgen und mit dem Bearbeitungsteam kommunizieren können Sie hier:

    { $link }
mail-api-receipts-own =
    Mit Ihren API-Token gestellt, eingegangen und zur Prüfung ({ $count }). Falls Sie diese Ersuchen nicht gestellt haben, widerrufen Sie sofort Ihre API-Token und informieren Sie das Bearbeitungsteam:
mail-api-receipts-shared = Von Kolleginnen und Kollegen über die API gestellt und mit Ihnen geteilt, eingegangen und zur Prüfung ({ $count }):
mail-api-receipts-more = … und { $rest } weitere in Ihrer Liste der Ersuchen.
mail-new-message-subject = { $service }: Neue Nachricht zu { $reference }
mail-new-message-body =
    Guten Tag { $name },

    zum Ersuchen { $reference } liegt eine neue Nachricht vor.
    Aus Sicherheitsgründen ist die Nachricht hier nicht enthalten. Melden Sie sich an, um sie zu lesen:

    { $link }

mail-hold-warning-subject = { $service }: Sicherung { $reference } endet bald
mail-hold-warning-body =
    Guten Tag { $name },

    die Sicherung der Daten aus dem Ersuchen { $reference } endet am { $date }.
    Um die Daten zu erhalten, übermitteln Sie bitte vorher eine rechtliche Anordnung oder beantragen Sie eine Verlängerung der Sicherung:

    { $link }

mail-request-updated-subject = { $service }: Ersuchen { $reference } wurde aktualisiert
mail-request-updated-body =
    Guten Tag { $name },

    zum Ersuchen { $reference } gibt es Neuigkeiten. Melden Sie sich an, um sie einzusehen:

    { $link }

## Konsole
nav-queue = Warteschlange
queue-title = Warteschlange der Ersuchen
queue-lead = Alle offenen Ersuchen: zuerst Notfälle, dann nach Frist. Überfällige Ersuchen sind gekennzeichnet.
queue-caption = Offene Ersuchen
queue-empty = Keine passenden offenen Ersuchen.
filter-country = Land (ISO-Code)
filter-mine = Mir zugewiesen
filter-overdue = Nur überfällige
col-agency = Behörde
col-due = Fällig
col-assignee = Zugewiesen an
overdue = überfällig
console-emergency-banner = Notfall-Auskunftsersuchen: Handeln Sie innerhalb einer Stunde. Genehmigen Sie niemals allein auf die Angaben des Kontos hin — verifizieren Sie zuerst per Rückruf.
console-account-created = Konto erstellt
console-from-request = aus dem Ersuchen — nicht für den Rückruf verwenden
console-hold = Datensicherung
console-hold-until = in Kraft bis
console-unassigned = Nicht zugewiesen
console-assign = Zuweisen
console-deconfliction = Andere Ersuchen mit denselben Kennungen
console-other-requests = Andere Ersuchen (beliebige Behörde)
console-no-other = keine
console-documents-audited = Jedes hier geöffnete Dokument wird im Audit-Protokoll erfasst.
console-callback = Verifizierung per Rückruf
console-callback-lead = Rufen Sie die Behörde unter einer Nummer an, die Sie selbst ermittelt haben (Behördenverzeichnis, offizielle Website, Telefonzentrale) — niemals unter der Nummer aus dem Ersuchen — und lassen Sie sich bestätigen, dass dieser Beamte bzw. diese Beamtin das Ersuchen gestellt hat. Ein gescheiterter Rückruf führt zur Sperrung des ersuchenden Kontos.
field-callback-phone = Angerufene Nummer
field-number-source = Herkunft der Nummer
field-number-source-hint = z. B. „Telefonzentrale Abilene PD laut abilenetx.gov“
field-answered-by = Gesprächspartner
field-callback-result = Ergebnis
callback-confirmed = Bestätigt: Die Behörde bestätigt das Ersuchen
callback-failed = Gescheitert: Der Behörde ist dieses Ersuchen nicht bekannt
callback-no-answer = Keine Antwort
callback-submit = Rückruf erfassen
field-note = Notiz
console-review = Rechtliche Prüfung
console-reviewed-by = Geprüft von { $name } am { $at }. Die Antworten legen nahe:
suggestion-proceed = bearbeiten
suggestion-challenge = beanstanden
suggestion-reject = ablehnen
criterion-overbroad = Ist das Ersuchen zu weit gefasst oder zu unbestimmt?
criterion-no_legal_basis = Fehlt eine Rechtsgrundlage in der ersuchenden Rechtsordnung?
criterion-not_bona_fide = Dient es nicht in gutem Glauben der Aufdeckung oder Verhütung von Straftaten?
criterion-outside_jurisdiction = Betrifft es Personen außerhalb der Zuständigkeit der Behörde?
criterion-unauthorised_requester = Ist die ersuchende Stelle zur Stellung des Ersuchens nicht befugt?
criterion-indefinite_nondisclosure = Ist es mit einer unbefristeten Geheimhaltungsanordnung verbunden?
criterion-defective = Wurde es nicht ordnungsgemäß zugestellt oder ist es anderweitig fehlerhaft?
criterion-enterprise_customer = Betrifft es Daten eines Unternehmens- oder Behördenkunden (Verweisung an den Kunden)?
criterion-encrypted_content = Werden Inhalte von Ende-zu-Ende-verschlüsselten Meetings verlangt (die nicht herausgegeben werden können)?
answer-fine = Kein Problem
answer-problem = Problem (bitte erläutern)
review-submit = Prüfung speichern
console-decide = Entscheidung
field-decision = Entscheidung
decision-approve = Offenlegung genehmigen (vollständig)
decision-approve_partial = Teilweise genehmigen
decision-reject = Ablehnen
decision-challenge = Beanstanden
decision-ask_for_information = Weitere Angaben anfordern
# A decision as the requester reads it: what was decided, not what to do.
decided-approve = Offenlegung vollständig genehmigt
decided-approve_partial = Offenlegung teilweise genehmigt
decided-reject = Ersuchen abgelehnt
decided-challenge = Ersuchen beanstandet
decided-ask_for_information = Weitere Angaben angefordert
field-reasons = Gründe (für den Antragsteller sichtbar)
reason-overbroad = Zu weit gefasst oder unbestimmt
reason-no_legal_basis = Keine Rechtsgrundlage
reason-not_bona_fide = Nicht in gutem Glauben zur Aufdeckung oder Verhütung von Straftaten
reason-outside_jurisdiction = Außerhalb der Zuständigkeit der Behörde
reason-unauthorised_requester = Antragsteller nicht befugt
reason-indefinite_nondisclosure = Unbefristete Geheimhaltungsanordnung
reason-defective = Nicht ordnungsgemäß zugestellt oder fehlerhaft
reason-redirect_to_customer = Daten gehören einem Unternehmenskunden: Wenden Sie sich an den Kunden
reason-no_data_held = Keine Daten vorhanden
reason-encrypted_content = Ende-zu-Ende-verschlüsselte Inhalte können nicht herausgegeben werden
field-scope = Bei teilweiser Genehmigung: was herausgegeben werden darf
field-note-to-requester = Hinweis an den Antragsteller
field-step-up-code = Aktueller 6-stelliger Code (für die Genehmigung erforderlich)
field-step-up-code-hint = Für die Genehmigung einer Offenlegung ist ein neuer zweiter Faktor erforderlich.
decide-submit = Entscheidung erfassen
console-internal-notes = Interne Notizen (nur für Mitarbeitende)
field-internal = Interne Notiz (für den Antragsteller nicht sichtbar)
decision-recorded = Entscheidung erfasst.
review-saved = Prüfung gespeichert.
callback-recorded = Rückruf erfasst.
note-saved = Gespeichert.
assigned = Zuweisung gespeichert.
decisions-title = Entscheidungen
console-directory = Kontenverzeichnis
console-region = Region
console-enterprise = Unternehmenskunde — an den Kunden verweisen
console-restricted = beschränkt
console-held = Daten gesichert
console-no-account = kein Konto gefunden
field-preservation-reference = Sicherung, an die dieses Ersuchen anknüpft (optional)
field-preservation-reference-hint = Falls Sie diese Daten bereits zuvor sichern ließen, deren Aktenzeichen (z. B. LERS-2026-000123): Die Sicherung wird Teil dieses Ersuchens.

## Benachrichtigung betroffener Nutzer (auch in de, pl, vi, zh-CN)
mail-notice-subject = { $service }: ein behördliches Auskunftsersuchen zu Ihrem Konto
mail-notice-body =
    Guten Tag,

    { $service } hat ein rechtliches Auskunftsersuchen zu Ihrem Konto { $account }
    von { $authority } ({ $country }) erhalten, gestützt auf: { $process }.
    Am { $date } haben wir Folgendes herausgegeben: { $categories }.

    Wir informieren Sie, damit Sie rechtlichen Rat einholen oder widersprechen können.
    Diese Nachricht wurde automatisch versandt; bitte antworten Sie nicht darauf.
notices-title = Betroffene Nutzer benachrichtigen
notices-lead = Grundsatz: Jeder betroffene Nutzer wird benachrichtigt, wenn seine Daten offengelegt werden, es sei denn, eine wirksame Anordnung zum Aufschub der Benachrichtigung ist in Kraft (dann nach deren Ende) oder der Fall betrifft eine Kindeswohlgefährdung, eine Gefahr für Leib oder Leben oder eine Bedrohung des Anbieters. Jede Entscheidung ist zu begründen.
notice-undecided = noch nicht entschieden
field-notice-choice = Benachrichtigung
notice-notify-now = Jetzt benachrichtigen
notice-delay = Nach Ablauf der Anordnung zum Aufschub der Benachrichtigung benachrichtigen
notice-exempt = Nicht benachrichtigen (Ausnahme)
notice-not-applicable = Entfällt (nichts offengelegt)
field-exemption = Ausnahme
exemption-child_endangerment = Kindeswohlgefährdung
exemption-threat_to_life = Gefahr für Leib oder Leben
exemption-threat_to_provider = Bedrohung der Dienste, Rechte oder des Eigentums des Anbieters
field-notice-reason = Begründung
notice-submit = Erfassen
notice-recorded = Entscheidung zur Benachrichtigung erfasst.
notice-held = Benachrichtigung zurückgehalten.
notice-hold = Zurückhalten
notice-state-scheduled = geplant
notice-state-awaiting_order = durch eine unbefristete Anordnung zurückgehalten (beanstanden)
notice-state-held = von Mitarbeitenden zurückgehalten
notice-state-sent = gesendet
notice-state-not_sent = nicht gesendet
notice-decision-notify_now = jetzt benachrichtigen
notice-decision-delay = nach Ablauf der Aufschubanordnung
notice-decision-exempt = Ausnahme
notice-decision-not_applicable = entfällt
nav-notices = Nutzerbenachrichtigungen
notices-upcoming = Anstehende Benachrichtigungen betroffener Nutzer
notices-upcoming-lead = Was gesendet wird, an wen, wann und warum. Eine Benachrichtigung kann nur aufgrund einer erfassten Ausnahme zurückgehalten werden.
notices-caption = Noch nicht gesendete Benachrichtigungen
notices-none = Es stehen keine Benachrichtigungen aus.
notices-to = Betroffenes Konto
notices-when = Wann
notices-why = Warum
field-order-extended = Anordnung verlängert bis (optional)
console-challenge-delay = kein Enddatum: ein Grund zur Beanstandung

## Transparenz
nav-transparency = Transparenzberichte
transparency-title = Transparenzbericht
transparency-lead = Wie viele rechtliche Ersuchen um Nutzerdaten wir von staatlichen Stellen erhalten und wie wir sie beantwortet haben, je Halbjahr und Land. Nur aggregierte Zahlen.
transparency-period = Zeitraum
transparency-show = Anzeigen
transparency-total-requests = Eingegangene Ersuchen
transparency-total-accounts = Angegebene Konten
transparency-countries = Länder
transparency-version = { $period } (endet am { $ending }), Version { $version }
transparency-csv = CSV herunterladen
transparency-json = JSON herunterladen
transparency-chart-countries = Ersuchen nach Land
transparency-chart-legend = Dunkler Teil jedes Balkens: Ersuchen, bei denen Daten herausgegeben wurden.
transparency-chart-trend = Ersuchen je Zeitraum
transparency-table = Nach Land und rechtlicher Anordnung
transparency-caption = Im Zeitraum { $period } eingegangene Ersuchen, Version { $version }
transparency-bands = Anordnungen im Bereich der nationalen Sicherheit werden nur in Spannen von { $width } angegeben; Spannenwerte sind in den Summen nicht enthalten.
transparency-none = Es wurde noch kein Bericht veröffentlicht.
transparency-staff-lead = Erstellen Sie einen Bericht für einen Zeitraum, prüfen Sie die Zahlen und veröffentlichen Sie ihn dann. Veröffentlichte Versionen ändern sich nie; eine Korrektur wird als neue Version mit einem Hinweis veröffentlicht.
field-changelog = Hinweis (bei Korrekturen)
field-changelog-hint = Was sich gegebenenfalls gegenüber der vorherigen Version geändert hat.
transparency-compute = Entwurf erstellen
transparency-draft = Entwurf für { $period } (nicht öffentlich)
transparency-publish = Diesen Bericht veröffentlichen
transparency-versions = Entwürfe und veröffentlichte Versionen
transparency-published-notice = { $period }, Version { $version } veröffentlicht.
col-country = Land/Region
col-process = Rechtliche Anordnung
col-requests = Ersuchen
col-accounts = Konten
col-disclosed = Daten teilweise herausgegeben
col-content = Offenlegung von Inhalten
col-non-content = Offenlegung von Nicht-Inhaltsdaten
col-delay-orders = Anordnungen zum Aufschub der Benachrichtigung
process-subpoena = Subpoena
process-court_order = Gerichtsbeschluss
process-search_warrant = Durchsuchungsbeschluss
process-mlat = Rechtshilfeersuchen (MLAT) / internationales Abkommen
process-eu_production_order = Europäische Herausgabeanordnung (EU)
process-eu_preservation_order = Europäische Sicherungsanordnung (EU)
process-preservation_letter = Sicherungsschreiben
process-other_national_order = Andere nationale Anordnung
process-national_security = Anordnung im Bereich der nationalen Sicherheit
process-emergency = Notfall-Offenlegung
process-user_data = Ersuchen um Nutzerdaten
process-preservation = Sicherung
process-preservation_extension = Verlängerung einer Sicherung
process-withhold_access = Zugangssperre
notice-state-sending = wird gesendet
notice-delivery-sent = gesendet
notice-delivery-failed = nicht zugestellt
notice-delivery-no_address = keine Adresse hinterlegt

## Herausgaben
productions-title = Herausgaben
productions-none = Noch nichts herausgegeben.
production-open = Herausgabe beginnen
production-opened = Herausgabe begonnen: Fügen Sie Dateien hinzu und übermitteln Sie sie dann.
production-state-open = In Zusammenstellung
production-state-delivered = Übermittelt
production-state-shredded = Nach Ablauf der Aufbewahrungsfrist vernichtet
production-producer = Herausgebende Person
production-delivered-at = Übermittelt
production-available-until = Verfügbar bis
production-retain-until = vernichtet nach
col-received = Empfangene Bytes
field-production-files = Herauszugebende Dateien
field-production-files-hint = Beliebiger Typ und beliebige Größe. Dateien werden beim Hochladen verschlüsselt; ein unterbrochener Upload wird an der Abbruchstelle fortgesetzt, wenn Sie dieselbe Datei erneut auswählen.
production-upload = Hochladen
production-verify = Gespeicherte Kopie prüfen
production-verified = Die gespeicherte Kopie entschlüsselt exakt zum hochgeladenen Inhalt (SHA-256 stimmt überein). Die Prüfung wurde protokolliert.
production-verify-failed = Die gespeicherte Kopie hat die Prüfung nicht bestanden. Übermitteln Sie sie nicht; entfernen Sie sie und laden Sie die Datei erneut hoch. Der Fehler wurde protokolliert.
production-remove = Entfernen
production-file-removed = Datei entfernt und gespeicherte Kopie gelöscht.
production-deliver = An den Antragsteller übermitteln
production-delivered = Übermittelt. Der Antragsteller wurde informiert; Downloads sind bis zum Verfügbarkeitsdatum möglich.
productions-received-title = Herausgegebene Daten
productions-download-lead = Für Downloads ist ein neuer Code aus Ihrer Authenticator-App erforderlich. Jeder Download wird mit Person, Zeitpunkt, Herkunft und Datenmenge in Bytes protokolliert. Das Manifest führt jede Datei mit ihrem SHA-256-Wert auf und lässt sich offline mit „lers manifest verify“ prüfen.
production-unlock = Downloads freischalten
production-unlocked = Downloads für 5 Minuten freigeschaltet.
production-confirm-first = Geben Sie zum Herunterladen einen Code aus Ihrer Authenticator-App ein.
production-manifest = Manifest (JSON)
production-expired = Diese Herausgabe steht nicht mehr zum Download bereit.
alerts-title = Warnungen
alert-staff-access = { $name } ({ $pseudonym }) hat seit { $since } { $accesses }-mal Dateien von Antragstellern geöffnet.
alert-acknowledge = Zur Kenntnis genommen

## Account kinds and statuses, as the accounts list shows them.
account-kind-requester = Antragsteller
account-kind-staff = Mitarbeitende
account-status-active = Aktiv
account-status-locked = Gesperrt
account-status-disabled = Deaktiviert
