# Polskie komunikaty aplikacji internetowej LERS (tłumaczenie z en/main.ftl).

app-name = LERS
app-tagline = System obsługi wniosków organów ścigania
skip-to-content = Przejdź do treści głównej
nav-label = Menu główne
nav-console = Konsola
nav-accounts = Konta
nav-domains = Domeny rządowe
nav-audit = Dziennik audytu
nav-dashboard = Pulpit
nav-sign-in = Zaloguj się
nav-sign-up = Załóż konto
nav-sign-out = Wyloguj się
footer-text = Każda czynność w tym systemie jest rejestrowana w dzienniku audytu zabezpieczonym przed niezauważalną modyfikacją. System służy wyłącznie do składania wniosków zgodnych z prawem.
language-switcher-label = Język

error-title = Wystąpił problem
error-home = Przejdź do strony startowej

home-title = Wnioski prawne o udostępnienie danych użytkowników
home-lead = Zweryfikowani funkcjonariusze organów ścigania i urzędnicy organów państwowych składają tu wnioski wraz z podstawą prawną, śledzą ich rozpatrywanie, porozumiewają się z zespołem obsługi wniosków i w bezpieczny sposób odbierają wydane dane.
home-requesters-title = Dla organów ścigania i organów państwowych
home-requesters-text = Konto zakłada się przy użyciu służbowego rządowego adresu e-mail. Należy zweryfikować adres, ustalić hasło i skonfigurować weryfikację dwuetapową.
home-emergency-title = Nagłe przypadki
home-emergency-text = Jeżeli życie jest w bezpośrednim niebezpieczeństwie, należy się zalogować i złożyć wniosek o ujawnienie danych w nagłym przypadku: trafia on na początek każdej kolejki. Wnioski w nagłych przypadkach są weryfikowane telefonicznie przez oddzwonienie do Państwa jednostki.

form-has-errors = Wystąpił problem
pager-label = Strony
pager-prev = Poprzednia
pager-next = Następna
pager-status = Strona { $page } z { $pages } (łącznie: { $total })

signup-title = Załóż konto wnioskodawcy
signup-lead = Rejestracja jest możliwa wyłącznie dla funkcjonariuszy i urzędników, których adres e-mail znajduje się na liście dozwolonych domen rządowych. Wszystkie pola są wymagane.
signup-you = Dane osobowe
signup-agency = Jednostka
signup-submit = Załóż konto
signup-sent-title = Prosimy sprawdzić pocztę e-mail
signup-sent-text = Jeżeli adres może zostać zarejestrowany, wysłaliśmy na niego link umożliwiający jego weryfikację i ustalenie hasła. Link jest jednorazowy i ważny przez 24 godziny.
field-name = Imię i nazwisko
field-gov-email = Służbowy rządowy adres e-mail
field-gov-email-hint = Na przykład imie.nazwisko@pd.cityname.gov. Adresy prywatne nie są akceptowane.
field-email = Adres e-mail
field-phone = Numer telefonu
field-phone-hint = Z numerem kierunkowym kraju i ewentualnym numerem wewnętrznym, np. +1 325 555 0100 wewn. 12.
field-agency = Nazwa jednostki
field-badge = Numer odznaki lub legitymacji służbowej
field-address = Adres korespondencyjny
field-address-hint = Adres do doręczeń korespondencji prawnej, w jednym wierszu (części oddzielone przecinkami). Skrytki pocztowe nie są akceptowane.
field-country = Państwo
field-country-choose = Wybierz państwo
field-subdivision = Stan, prowincja lub region
field-subdivision-hint = Siedziby organu wydającego, np. TX lub Mazowieckie.

password-title = Ustalenie hasła
password-lead = Adres { $email } został zweryfikowany. Prosimy ustalić hasło.
field-new-password = Nowe hasło
field-new-password-hint = Co najmniej 12 znaków; zalecane są długie frazy. Bardzo popularne hasła są odrzucane.
field-password-confirm = Powtórz hasło
password-submit = Zapisz hasło i kontynuuj
link-invalid-title = Tego linku nie można użyć

mfa-title = Konfiguracja weryfikacji dwuetapowej
mfa-lead = Każde konto wymaga przy logowaniu drugiego etapu: 6-cyfrowego kodu z aplikacji uwierzytelniającej w telefonie.
mfa-step-app = Proszę zainstalować aplikację uwierzytelniającą (np. FreeOTP, Google Authenticator lub Microsoft Authenticator).
mfa-step-scan = Proszę zeskanować ten kod w aplikacji:
mfa-qr-label = Kod QR dla aplikacji uwierzytelniającej
mfa-step-manual = Można też wpisać w aplikacji ten klucz:
mfa-step-code = Proszę wpisać 6-cyfrowy kod wyświetlony w aplikacji.
field-code = Kod 6-cyfrowy
field-code-hint = Z aplikacji uwierzytelniającej.
mfa-submit = Włącz weryfikację dwuetapową
mfa-on = włączona
mfa-off = nieskonfigurowana

login-title = Logowanie
login-code-hint = 6-cyfrowy kod z aplikacji uwierzytelniającej albo – w razie jej utraty – jeden z kodów odzyskiwania (ABCDE-FGHIJ). Pole można pozostawić puste tylko wtedy, gdy weryfikacja dwuetapowa nie została jeszcze skonfigurowana.
login-submit = Zaloguj się
login-no-account = Nie mają Państwo jeszcze konta?
field-password = Hasło

dashboard-title = Pulpit
dashboard-welcome = Zalogowano jako { $name }.
dashboard-requests = Moje wnioski
dashboard-no-requests = Nie złożono jeszcze żadnych wniosków.
dashboard-profile = Moje dane
dashboard-sign-ins = Ostatnia aktywność na koncie
dashboard-sign-ins-hint = W razie zauważenia nierozpoznanego logowania lub zmiany należy niezwłocznie skontaktować się z zespołem obsługi wniosków dostawcy.
col-time = Czas (UTC)
col-event = Zdarzenie
col-ip = Skąd
col-person = Osoba
col-kind = Rodzaj
col-status = Status
col-mfa = Weryfikacja dwuetapowa
col-roles = Role
col-actions = Czynności
col-pattern = Domena lub reguła
col-organization = Organizacja
col-place = Miejsce
col-type = Typ
col-source = Źródło
col-actor = Wykonawca
col-subject = Przedmiot
col-outcome = Wynik
col-details = Szczegóły

setup-title = Utworzenie pierwszego administratora
setup-lead = Ten jednorazowy link tworzy pierwsze konto administratora. W następnym kroku zostanie skonfigurowana weryfikacja dwuetapowa.
setup-submit = Utwórz konto administratora

console-title = Konsola obsługi wniosków
console-welcome = Zalogowano jako { $name } (role: { $roles }).
console-accounts-text = Personel, role, konta wnioskodawców, blokady.
console-domains-text = Lista dozwolonych rządowych domen e-mail.
console-audit-text = Przeglądanie, filtrowanie i weryfikacja dziennika audytu zabezpieczonego przed niezauważalną modyfikacją.
console-queue-title = Kolejka wniosków
console-queue-text = Wnioski organów ścigania pojawiają się tutaj po ich złożeniu.

filter-search = Szukaj
filter-kind = Rodzaj
filter-all = Wszystkie
filter-apply = Zastosuj
filter-actor = Wykonawca (identyfikator pseudonimowy)
filter-subject = Przedmiot
filter-action = Czynność
filter-outcome = Wynik
kind-requester = Wnioskodawcy
kind-staff = Personel
accounts-caption = Konta, od najnowszych
roles-of = Role użytkownika { $name }
roles-save = Zapisz role
action-unlock = Odblokuj
action-enable = Włącz
action-disable = Wyłącz
invite-title = Zaproszenie członka personelu
invite-text = Nowy członek personelu otrzyma jednorazowy link do ustalenia hasła i skonfigurowania weryfikacji dwuetapowej.
invite-submit = Wyślij zaproszenie
invite-sent = Zaproszenie wysłano na adres { $email }.
roles-saved = Zapisano role użytkownika { $name }.
status-saved = { $name } – nowy status: { $status }.

domains-lead = Rejestracja jest możliwa wyłącznie dla adresów z tej listy. Domena obejmuje również swoje subdomeny; reguła taka jak *.police.uk obejmuje wszystkie subdomeny police.uk.
domains-caption = Wpisy na liście dozwolonych domen
domains-add-title = Dodaj domenę lub regułę
field-pattern = Domena lub reguła
field-pattern-hint = Domena, np. cityname.gov, lub reguła, np. *.police.uk.
domains-add-submit = Dodaj do listy dozwolonych
domain-added = Dodano: { $pattern }.
domain-updated = Zaktualizowano: { $pattern }.
status-enabled = włączony
status-disabled = wyłączony

audit-lead = Liczba wpisów: { $entries }. Wpisy identyfikują osoby za pomocą identyfikatorów pseudonimowych.
audit-caption = Zdarzenia audytowe, od najnowszych
audit-verify = Zweryfikuj cały dziennik
audit-verified = Dziennik został zweryfikowany w całości. Korzeń: { $root }
audit-broken = Weryfikacja dziennika NIE powiodła się: { $problem }

mail-verify-subject = { $service }: weryfikacja adresu e-mail
mail-verify-body =
    Dzień dobry, { $name },

    ktoś (zapewne Pan/Pani) złożył wniosek o założenie konta wnioskodawcy w systemie { $service } przy użyciu tego adresu.
    Aby zweryfikować adres i ustalić hasło, prosimy otworzyć ten link w ciągu 24 godzin:

    { $link }

    Link jest jednorazowy i działa wyłącznie ostatni wysłany link. Jeżeli nie zakładał Pan/nie zakładała Pani konta, prosimy zignorować tę wiadomość.
mail-already-registered-subject = { $service }: konto już istnieje
mail-already-registered-body =
    Dzień dobry, { $name },

    ktoś próbował założyć konto w systemie { $service } przy użyciu tego adresu, do którego jest już przypisane konto.
    Aby się zalogować, prosimy przejść na stronę:

    { $link }

    Jeżeli nie była to Pana/Pani próba, nie trzeba nic robić; konto pozostaje bez zmian.
mail-staff-invite-subject = { $service }: zaproszenie do zespołu obsługi wniosków
mail-staff-invite-body =
    Dzień dobry, { $name },

    administrator utworzył dla Pana/Pani konto personelu w systemie { $service } (role: { $roles }).
    Aby ustalić hasło i skonfigurować weryfikację dwuetapową, prosimy otworzyć ten link w ciągu 24 godzin:

    { $link }

    Link jest jednorazowy.

## Wnioski
nav-requests = Wnioski
nav-tokens = Tokeny API
requests-title = Moje wnioski
requests-lead = Wnioski złożone przez Państwa oraz wnioski udostępnione Państwu przez współpracowników. Wnioski w nagłych przypadkach są rozpatrywane w pierwszej kolejności.
requests-new = Złóż nowy wniosek
requests-caption = Wnioski, od ostatnio zmienionych
requests-none = Brak pasujących wniosków.
col-reference = Sygnatura
col-title = Sprawa
col-deadline = Termin
col-updated = Ostatnia zmiana
filter-status = Status
filter-reference = Sygnatura lub nazwa sprawy
shared-marker = udostępniony Państwu
draft-marker = jeszcze niezłożony

new-request-title = Złożenie nowego wniosku
new-request-lead = Proszę wybrać rodzaj wniosku. Przed złożeniem można zapisać wersję roboczą i wrócić do niej później.
kind-user_data = Wniosek o udostępnienie danych użytkownika
kind-user_data-help = Oparty na podstawie prawnej: wezwaniu (subpoena), postanowieniu sądu, nakazie przeszukania, wniosku o pomoc prawną (MLAT), europejskim nakazie wydania lub innym nakazie krajowym.
kind-emergency = Wniosek o ujawnienie danych w nagłym przypadku
kind-emergency-help = Bezpośrednie zagrożenie śmiercią lub poważnym uszczerbkiem na zdrowiu albo zagrożenie dla dziecka. Podstawa prawna nie jest wymagana; wymagane są opis i oświadczenie. Weryfikowany telefonicznie przez oddzwonienie do Państwa jednostki.
kind-preservation = Wniosek o zabezpieczenie danych
kind-preservation-help = Zabezpieczenie (zamrożenie) danych na czas uzyskania podstawy prawnej (90 dni, jednokrotnie z możliwością przedłużenia; europejski nakaz zabezpieczenia: 60 + 30 dni).
kind-preservation_extension = Przedłużenie zabezpieczenia
kind-preservation_extension-help = Przedłużenie jednego z Państwa wniosków o zabezpieczenie danych.
kind-withhold_access = Wniosek o ograniczenie dostępu
kind-withhold_access-help = Ograniczenie dostępu do konta lub zablokowanie spotkania, np. w trakcie popełniania przestępstwa. Wymaga podstawy prawnej.
start-request = Rozpocznij

instrument-subpoena = Wezwanie (subpoena)
instrument-court_order = Postanowienie sądu
instrument-search_warrant = Nakaz przeszukania
instrument-mlat = Wniosek o pomoc prawną (MLAT) / na podstawie umowy międzynarodowej
instrument-eu_production_order = Europejski nakaz wydania (UE)
instrument-eu_preservation_order = Europejski nakaz zabezpieczenia (UE)
instrument-preservation_letter = Pismo o zabezpieczenie danych (np. 18 U.S.C. § 2703(f))
instrument-other_national_order = Inny nakaz krajowy
instrument-national_security = Żądanie w sprawach bezpieczeństwa narodowego

category-subscriber_info = Dane abonenta
category-connection_logs = Logi połączeń i adresów IP
category-meeting_metadata = Metadane spotkań
category-billing = Dane rozliczeniowe
category-content = Treść

target-email = Adres e-mail
target-phone = Numer telefonu (E.164)
target-account_id = Identyfikator konta
target-meeting_id = Identyfikator spotkania
target-username = Nazwa użytkownika
target-ip_address = Adres IP

status-draft = Wersja robocza
status-submitted = Złożony
status-in_review = W trakcie rozpatrywania
status-needs_info = Wymaga uzupełnienia
status-approved = Zatwierdzony
status-produced = Dane wydane
status-rejected = Odrzucony
status-challenged = Zakwestionowany
status-closed = Zamknięty
status-withdrawn = Wycofany
status-preserved = Dane zabezpieczone
status-extended = Przedłużony
status-expired = Wygasły
status-released = Zwolniony
status-fulfilled = Zrealizowany

form-request-title = { $kind }
form-request-lead = Pola oznaczone * są wymagane do złożenia wniosku. Wersję roboczą można zapisać w dowolnym momencie.
section-case = Sprawa
section-process = Podstawa prawna
section-targets = Konta i identyfikatory
section-targets-help = Jeden identyfikator w wierszu. Należy wybrać jego typ; format zostanie znormalizowany (np. numery telefonów do postaci +15550100199).
section-data = Żądane dane
section-orders = Nakazy wiążące dostawcę
section-emergency = Nagły przypadek
section-sharing = Współpracownicy
field-title = Nazwa sprawy *
field-title-hint = Krótka nazwa na własny użytek, np. „Operacja Orzech”.
field-description = Przedmiot i uzasadnienie wniosku *
field-description-hint = Żądane dane i ich związek z postępowaniem. Wnioski o wąskim zakresie są rozpatrywane szybciej.
field-issuing-authority = Sąd lub organ wydający *
field-instrument = Podstawa prawna *
field-instrument-choose = Wybierz…
field-citation = Przepis lub sygnatura sprawy *
field-request-country = Państwo organu wydającego *
field-request-subdivision = Stan, prowincja lub region *
field-target-type = Typ identyfikatora { $n }
field-target-value = Identyfikator { $n }
add-targets = Dodaj kolejne wiersze
field-categories = Kategorie danych *
field-date-from = Dane od (data) *
field-date-to = Dane do (data) *
field-deadline = Termin odpowiedzi (opcjonalnie)
field-nondisclosure = Zakaz ujawniania
field-delay-notice = Nakaz odroczenia powiadomienia
order-none = Brak takiego nakazu
order-until = Obowiązuje do
order-indefinite = Obowiązuje bezterminowo
field-order-until = Data końcowa
field-narrative = Opis nagłego przypadku *
field-narrative-hint = Kto jest zagrożony, na czym polega zagrożenie i dlaczego jest bezpośrednie.
field-attested = Oświadczam, że zachodzi nagły przypadek związany z zagrożeniem śmiercią lub poważnym uszczerbkiem na zdrowiu oraz że niezwłoczne ujawnienie danych jest niezbędne, aby mu zapobiec. *
field-supervisor-name = Imię i nazwisko przełożonego *
field-supervisor-phone = Telefon przełożonego *
field-extends = Sygnatura wniosku o zabezpieczenie, który ma zostać przedłużony *
field-colleagues = Współpracownicy, którzy mogą wyświetlać ten wniosek
field-colleagues-hint = Maksymalnie 5 adresów e-mail współpracowników z Państwa jednostki posiadających własne konto, jeden w wierszu.
save-draft = Zapisz wersję roboczą
submit-request = Złóż wniosek
draft-saved = Zapisano wersję roboczą.

detail-kind = Rodzaj
detail-status = Status
detail-reference = Sygnatura
detail-submitted = Data złożenia
detail-deadline = Termin
detail-authority = Organ wydający
detail-instrument = Podstawa prawna
detail-citation = Przepis lub sygnatura
detail-country = Państwo
detail-targets = Identyfikatory
detail-categories = Żądane dane
detail-dates = Zakres dat
detail-nondisclosure = Zakaz ujawniania
detail-delay = Nakaz odroczenia powiadomienia
detail-emergency = Nagły przypadek
detail-supervisor = Przełożony
detail-colleagues = Współpracownicy z dostępem
detail-owner = Złożony przez
detail-withdrawn = Przyczyna wycofania
detail-description = Wniosek
edit-draft = Kontynuuj edycję
documents-title = Podstawa prawna i dokumenty
documents-none = Brak dokumentów.
documents-upload = Prześlij plik PDF
field-file = Plik PDF
field-file-hint = Dokument stanowiący podstawę prawną w formacie PDF, maksymalnie { $mib } MiB. Zaszyfrowane pliki PDF oraz pliki PDF zawierające skrypty są odrzucane.
upload-submit = Prześlij
uploaded = Przesłano { $name }. Potwierdzenie SHA-256: { $sha256 }
col-file = Plik
col-size = Rozmiar
col-sha256 = SHA-256
col-uploaded = Przesłano
timeline-title = Przebieg
timeline-status = Status: { $status }
timeline-message = Wiadomość
timeline-document = Dodano dokument: { $name }
messages-title = Korespondencja z zespołem obsługi wniosków
# Autor wiadomości lub zmiany wniosku, jeżeli był nim członek personelu.
author-response-team = Zespół obsługi wniosków
messages-none = Brak wiadomości.
field-message = Treść wiadomości
field-attachment = Załącz plik PDF (opcjonalnie)
send-message = Wyślij wiadomość
message-sent = Wiadomość została wysłana.
withdraw-title = Wycofanie wniosku
withdraw-lead = Wycofanie wniosku wstrzymuje wszelkie prace nad nim. Tej operacji nie można cofnąć.
field-reason = Przyczyna wycofania *
withdraw-submit = Wycofaj wniosek
withdrawn-notice = Wniosek został wycofany.
submitted-notice = Wniosek został złożony. Jego sygnatura: { $reference }.

tokens-title = Tokeny API
tokens-lead = Tokeny osobiste umożliwiają systemowi obsługi spraw Państwa jednostki składanie i śledzenie wniosków przez API (/api/v1). Token działa w Państwa imieniu: należy zachować go w tajemnicy, nadawać mu wyłącznie niezbędne zakresy uprawnień i unieważnić go, gdy nie jest już używany.
tokens-caption = Moje tokeny
tokens-none = Brak tokenów API.
col-name = Nazwa
col-scopes = Zakresy uprawnień
col-created = Utworzono
col-last-used = Ostatnie użycie
token-revoke = Unieważnij
token-revoked = unieważniony
tokens-new = Utwórz token
field-token-name = Nazwa *
field-token-name-hint = Do czego będzie używany, np. „System obsługi spraw”.
scope-read = read — wyświetlanie listy i odczyt wniosków, wiadomości i dokumentów
scope-submit = submit — tworzenie, składanie i wycofywanie wniosków, wysyłanie wiadomości, przesyłanie dokumentów
field-token-code = Bieżący kod 6-cyfrowy *
field-token-code-hint = Utworzenie tokenu wymaga nowego kodu z aplikacji uwierzytelniającej.
token-create = Utwórz token
token-created = Token został utworzony. Należy go teraz skopiować: jest wyświetlany tylko raz.

mail-request-received-subject = { $service }: otrzymano wniosek { $reference }
mail-request-received-body =
    Dzień dobry, { $name },

    wniosek { $reference } został otrzymany i zostanie rozpatrzony.
    Jego przebieg można śledzić i porozumiewać się z zespołem obsługi wniosków pod adresem:

    { $link }
mail-api-receipts-subject = { $service }: wnioski otrzymane przez API ({ $count })
mail-api-receipts-body =
    Dzień dobry, { $name },

    { $sections }

    Ich przebieg można śledzić i porozumiewać się z zespołem obsługi wniosków pod adresem:

    { $link }
mail-api-receipts-own =
    Złożone przez API Pani/Pana tokenami, otrzymane i oczekujące na rozpatrzenie (łącznie: { $count }). Jeśli nie składała Pani/nie składał Pan tych wniosków, proszę natychmiast unieważnić swoje tokeny API i powiadomić zespół obsługi wniosków:
mail-api-receipts-shared = Złożone przez API przez współpracowników i udostępnione Pani/Panu, otrzymane i oczekujące na rozpatrzenie (łącznie: { $count }):
mail-api-receipts-more = … oraz pozostałe ({ $rest }) na liście wniosków.
mail-new-message-subject = { $service }: nowa wiadomość w sprawie { $reference }
mail-new-message-body =
    Dzień dobry, { $name },

    w sprawie wniosku { $reference } pojawiła się nowa wiadomość.
    Ze względów bezpieczeństwa nie zamieszczamy jej treści w tym e-mailu. Aby ją przeczytać, prosimy się zalogować:

    { $link }

mail-hold-warning-subject = { $service }: zabezpieczenie { $reference } wkrótce wygaśnie
mail-hold-warning-body =
    Dzień dobry, { $name },

    zabezpieczenie danych na podstawie wniosku { $reference } kończy się w dniu { $date }.
    Aby dane zostały zachowane, prosimy przed tym terminem przesłać podstawę prawną lub złożyć wniosek o przedłużenie zabezpieczenia:

    { $link }

mail-request-updated-subject = { $service }: zaktualizowano wniosek { $reference }
mail-request-updated-body =
    Dzień dobry, { $name },

    w sprawie wniosku { $reference } pojawiły się nowe informacje. Aby je zobaczyć, prosimy się zalogować:

    { $link }

## Konsola
nav-queue = Kolejka
queue-title = Kolejka wniosków
queue-lead = Wszystkie otwarte wnioski: najpierw nagłe przypadki, następnie według terminu. Wnioski po terminie są oznaczone.
queue-caption = Otwarte wnioski
queue-empty = Brak pasujących otwartych wniosków.
filter-country = Państwo (kod ISO)
filter-mine = Przydzielone do mnie
filter-overdue = Tylko po terminie
col-agency = Jednostka
col-due = Termin
col-assignee = Przydzielono do
overdue = po terminie
console-emergency-banner = Wniosek o ujawnienie danych w nagłym przypadku: należy działać w ciągu godziny. Nigdy nie zatwierdzać wyłącznie na podstawie oświadczenia z konta — najpierw zweryfikować telefonicznie przez oddzwonienie.
console-account-created = konto utworzono
console-from-request = z wniosku — nie używać do weryfikacji telefonicznej
console-hold = Zabezpieczenie danych
console-hold-until = obowiązuje do
console-unassigned = Nieprzydzielony
console-assign = Przydziel
console-deconfliction = Inne wnioski dotyczące tych samych identyfikatorów
console-other-requests = Inne wnioski (wszystkich jednostek)
console-no-other = brak
console-documents-audited = Każde otwarcie dokumentu w tym miejscu jest rejestrowane w dzienniku audytu.
console-callback = Weryfikacja telefoniczna (oddzwonienie)
console-callback-lead = Należy zadzwonić do jednostki pod numer ustalony samodzielnie (katalog jednostek, oficjalna strona internetowa, centrala) — nigdy pod numer podany we wniosku — i potwierdzić, że ten funkcjonariusz wysłał ten wniosek. Negatywny wynik weryfikacji powoduje zawieszenie konta wnioskodawcy.
field-callback-phone = Wybrany numer
field-number-source = Źródło numeru
field-number-source-hint = np. „centrala Abilene PD ze strony abilenetx.gov”
field-answered-by = Osoba, która odebrała
field-callback-result = Wynik
callback-confirmed = Potwierdzono: jednostka potwierdza wniosek
callback-failed = Negatywny: jednostka nie zna tego wniosku
callback-no-answer = Brak odpowiedzi
callback-submit = Zapisz weryfikację telefoniczną
field-note = Uwaga
console-review = Ocena prawna
console-reviewed-by = Ocenił(a): { $name }, { $at }. Odpowiedzi wskazują na:
suggestion-proceed = realizację
suggestion-challenge = zakwestionowanie
suggestion-reject = odrzucenie
criterion-overbroad = Czy wniosek ma zbyt szeroki zakres lub jest nieprecyzyjny?
criterion-no_legal_basis = Czy brak jest podstawy prawnej w porządku prawnym państwa wnioskującego?
criterion-not_bona_fide = Czy wniosek nie służy rzetelnemu wykrywaniu przestępstw lub zapobieganiu im?
criterion-outside_jurisdiction = Czy wniosek dotyczy osób spoza jurysdykcji organu?
criterion-unauthorised_requester = Czy podmiot wnioskujący nie jest uprawniony do jego złożenia?
criterion-indefinite_nondisclosure = Czy wniosek obejmuje bezterminowy zakaz ujawniania?
criterion-defective = Czy wniosek doręczono nieprawidłowo lub jest on w inny sposób wadliwy?
criterion-enterprise_customer = Czy wniosek dotyczy danych klienta korporacyjnego lub z sektora publicznego (przekierowanie do klienta)?
criterion-encrypted_content = Czy wniosek dotyczy treści spotkań szyfrowanych end-to-end (których nie można wydać)?
answer-fine = Bez zastrzeżeń
answer-problem = Zastrzeżenie (uzasadnić)
review-submit = Zapisz ocenę
console-decide = Decyzja
field-decision = Decyzja
decision-approve = Zatwierdź ujawnienie (w całości)
decision-approve_partial = Zatwierdź w części
decision-reject = Odrzuć
decision-challenge = Zakwestionuj
decision-ask_for_information = Wezwij do uzupełnienia informacji
# A decision as the requester reads it: what was decided, not what to do.
decided-approve = Ujawnienie zatwierdzone w całości
decided-approve_partial = Ujawnienie zatwierdzone w części
decided-reject = Wniosek odrzucony
decided-challenge = Wniosek zakwestionowany
decided-ask_for_information = Wezwano do uzupełnienia informacji
field-reasons = Uzasadnienie (widoczne dla wnioskodawcy)
reason-overbroad = Zbyt szeroki zakres lub nieprecyzyjność
reason-no_legal_basis = Brak podstawy prawnej
reason-not_bona_fide = Wniosek nie służy rzetelnemu wykrywaniu przestępstw lub zapobieganiu im
reason-outside_jurisdiction = Poza jurysdykcją organu
reason-unauthorised_requester = Wnioskodawca nieuprawniony
reason-indefinite_nondisclosure = Bezterminowy zakaz ujawniania
reason-defective = Nieprawidłowe doręczenie lub wadliwość wniosku
reason-redirect_to_customer = Dane należą do klienta korporacyjnego: należy zwrócić się do klienta
reason-no_data_held = Brak przechowywanych danych
reason-encrypted_content = Treści szyfrowanych end-to-end nie można wydać
field-scope = W przypadku częściowego zatwierdzenia: co może zostać wydane
field-note-to-requester = Uwaga dla wnioskodawcy
field-step-up-code = Bieżący kod 6-cyfrowy (wymagany do zatwierdzenia)
field-step-up-code-hint = Zatwierdzenie ujawnienia wymaga ponownego potwierdzenia drugim składnikiem.
decide-submit = Zapisz decyzję
console-internal-notes = Notatki wewnętrzne (tylko dla personelu)
field-internal = Notatka wewnętrzna (niewidoczna dla wnioskodawcy)
decision-recorded = Decyzja została zapisana.
review-saved = Ocena została zapisana.
callback-recorded = Weryfikacja telefoniczna została zapisana.
note-saved = Zapisano.
assigned = Przydział został zapisany.
decisions-title = Decyzje
console-directory = Katalog kont
console-region = region
console-enterprise = klient korporacyjny — przekierować do klienta
console-restricted = ograniczone
console-held = dane zabezpieczone
console-no-account = nie znaleziono konta
field-preservation-reference = Zabezpieczenie, którego dotyczy ten wniosek (opcjonalnie)
field-preservation-reference-hint = Jeżeli dane zostały wcześniej zabezpieczone, należy podać sygnaturę zabezpieczenia (np. LERS-2026-000123): zabezpieczenie stanie się częścią tego wniosku.

## Powiadomienia dla użytkowników, których dane dotyczą (również w de, pl, vi, zh-CN)
mail-notice-subject = { $service }: żądanie organu dotyczące danych Twojego konta
mail-notice-body =
    Dzień dobry,

    { $service } otrzymał prawne żądanie udostępnienia informacji o Twoim koncie { $account }
    od { $authority } ({ $country }) na podstawie: { $process }.
    W dniu { $date } udostępniliśmy: { $categories }.

    Informujemy Cię o tym, abyś mógł zasięgnąć porady prawnej lub wnieść sprzeciw.
    Ta wiadomość została wysłana automatycznie; prosimy na nią nie odpowiadać.
notices-title = Powiadamianie użytkowników, których dotyczą dane
notices-lead = Zasada: każdy użytkownik, którego dane zostały ujawnione, jest o tym powiadamiany, chyba że obowiązuje ważny nakaz odroczenia powiadomienia (wówczas po jego wygaśnięciu) albo sprawa dotyczy zagrożenia dobra dziecka, zagrożenia życia lub zagrożenia dla dostawcy. Każda decyzja wymaga uzasadnienia.
notice-undecided = brak decyzji
field-notice-choice = Powiadomienie
notice-notify-now = Powiadom teraz
notice-delay = Powiadom po wygaśnięciu nakazu odroczenia powiadomienia
notice-exempt = Nie powiadamiaj (wyjątek)
notice-not-applicable = Nie dotyczy (nic nie ujawniono)
field-exemption = Wyjątek
exemption-child_endangerment = Zagrożenie dobra dziecka
exemption-threat_to_life = Zagrożenie życia
exemption-threat_to_provider = Zagrożenie dla usług, praw lub mienia dostawcy
field-notice-reason = Uzasadnienie
notice-submit = Zapisz
notice-recorded = Decyzja w sprawie powiadomienia została zapisana.
notice-held = Powiadomienie zostało wstrzymane.
notice-hold = Wstrzymaj
notice-state-scheduled = zaplanowane
notice-state-awaiting_order = wstrzymane bezterminowym nakazem (należy go zakwestionować)
notice-state-held = wstrzymane przez personel
notice-state-sent = wysłane
notice-state-not_sent = niewysłane
notice-decision-notify_now = powiadomić teraz
notice-decision-delay = po wygaśnięciu nakazu odroczenia
notice-decision-exempt = wyjątek
notice-decision-not_applicable = nie dotyczy
nav-notices = Zawiadomienia użytkowników
notices-upcoming = Zaplanowane powiadomienia dla użytkowników, których dotyczą dane
notices-upcoming-lead = Co zostanie wysłane, do kogo, kiedy i dlaczego. Powiadomienie można wstrzymać wyłącznie na podstawie zapisanego wyjątku.
notices-caption = Niewysłane powiadomienia
notices-none = Brak oczekujących powiadomień.
notices-to = Konto, którego dotyczy
notices-when = Kiedy
notices-why = Dlaczego
field-order-extended = Nakaz przedłużony do (opcjonalnie)
console-challenge-delay = bezterminowy: podstawa do zakwestionowania

## Przejrzystość
nav-transparency = Raporty przejrzystości
transparency-title = Raport przejrzystości
transparency-lead = Liczba otrzymanych od organów państwowych wniosków prawnych o udostępnienie danych użytkowników oraz sposób ich rozpatrzenia, w podziale na półrocza i państwa. Wyłącznie dane zbiorcze.
transparency-period = Okres
transparency-show = Pokaż
transparency-total-requests = Otrzymane wnioski
transparency-total-accounts = Wskazane konta
transparency-countries = Państwa
transparency-version = { $period } (koniec: { $ending }), wersja { $version }
transparency-csv = Pobierz CSV
transparency-json = Pobierz JSON
transparency-chart-countries = Wnioski według państw
transparency-chart-legend = Ciemna część każdego słupka: wnioski, w odpowiedzi na które wydano część danych.
transparency-chart-trend = Wnioski w poszczególnych okresach
transparency-table = Według państwa i podstawy prawnej
transparency-caption = Wnioski otrzymane w okresie { $period }, wersja { $version }
transparency-bands = Żądania w sprawach bezpieczeństwa narodowego są podawane wyłącznie w przedziałach o szerokości { $width }; wartości przedziałowe nie są wliczane do sum.
transparency-none = Nie opublikowano jeszcze żadnego raportu.
transparency-staff-lead = Należy wygenerować raport za dany okres, sprawdzić dane liczbowe, a następnie go opublikować. Opublikowane wersje nigdy się nie zmieniają; korekta jest publikowana jako nowa wersja z adnotacją.
field-changelog = Adnotacja (w przypadku korekt)
field-changelog-hint = Co zmieniono w porównaniu z poprzednią wersją, jeżeli cokolwiek.
transparency-compute = Wygeneruj wersję roboczą
transparency-draft = Wersja robocza za okres { $period } (niepubliczna)
transparency-publish = Opublikuj ten raport
transparency-versions = Wersje robocze i opublikowane
transparency-published-notice = Opublikowano raport za okres { $period }, wersja { $version }.
col-country = Państwo/region
col-process = Podstawa prawna
col-requests = Wnioski
col-accounts = Konta
col-disclosed = Wydano część danych
col-content = Ujawnienia treści
col-non-content = Ujawnienia danych innych niż treść
col-delay-orders = Nakazy odroczenia powiadomienia
process-subpoena = Wezwanie (subpoena)
process-court_order = Postanowienie sądu
process-search_warrant = Nakaz przeszukania
process-mlat = Pomoc prawna (MLAT) / umowa międzynarodowa
process-eu_production_order = Europejski nakaz wydania (UE)
process-eu_preservation_order = Europejski nakaz zabezpieczenia (UE)
process-preservation_letter = Pismo o zabezpieczenie danych
process-other_national_order = Inny nakaz krajowy
process-national_security = Żądanie w sprawach bezpieczeństwa narodowego
process-emergency = Ujawnienie w nagłym przypadku
process-user_data = Wniosek o udostępnienie danych użytkownika
process-preservation = Zabezpieczenie danych
process-preservation_extension = Przedłużenie zabezpieczenia
process-withhold_access = Ograniczenie dostępu
notice-state-sending = w trakcie wysyłania
notice-delivery-sent = wysłano
notice-delivery-failed = nie doręczono
notice-delivery-no_address = brak adresu w katalogu kont

## Wydania danych
productions-title = Wydania danych
productions-none = Nie wydano jeszcze żadnych danych.
production-open = Rozpocznij wydanie danych
production-opened = Rozpoczęto wydanie danych: należy dodać pliki, a następnie je przekazać.
production-state-open = W przygotowaniu
production-state-delivered = Przekazano
production-state-shredded = Zniszczono po upływie okresu przechowywania
production-producer = wydający
production-delivered-at = Przekazano
production-available-until = Dostępne do
production-retain-until = zniszczenie po
col-received = Odebrane bajty
field-production-files = Pliki do wydania
field-production-files-hint = Dowolny typ i rozmiar. Pliki są szyfrowane podczas przesyłania; przerwane przesyłanie zostanie wznowione od miejsca przerwania po ponownym wybraniu tego samego pliku.
production-upload = Prześlij
production-verify = Zweryfikuj przechowywaną kopię
production-verified = Przechowywana kopia po odszyfrowaniu jest identyczna z przesłanym plikiem (zgodność SHA-256). Weryfikacja została zarejestrowana.
production-verify-failed = Weryfikacja przechowywanej kopii nie powiodła się. Nie należy jej przekazywać; należy ją usunąć i ponownie przesłać plik. Niepowodzenie zostało zarejestrowane.
production-remove = Usuń
production-file-removed = Plik i jego przechowywana kopia zostały usunięte.
production-deliver = Przekaż wnioskodawcy
production-delivered = Przekazano. Wnioskodawca został powiadomiony; pobieranie jest możliwe do daty dostępności.
productions-received-title = Wydane dane
productions-download-lead = Pobieranie wymaga nowego kodu z aplikacji uwierzytelniającej. Każde pobranie jest rejestrowane (kto, kiedy, skąd i ile bajtów). Manifest zawiera wykaz wszystkich plików wraz z ich sumami SHA-256 i można go zweryfikować offline poleceniem „lers manifest verify”.
production-unlock = Odblokuj pobieranie
production-unlocked = Pobieranie odblokowano na 5 minut.
production-confirm-first = Aby pobrać pliki, należy wpisać kod z aplikacji uwierzytelniającej.
production-manifest = Manifest (JSON)
production-expired = Te wydane dane nie są już dostępne do pobrania.
alerts-title = Alerty
alert-staff-access = { $name } ({ $pseudonym }) otwiera pliki wnioskodawców od { $since } (liczba otwarć: { $accesses }).
alert-acknowledge = Potwierdź

## Account kinds and statuses, as the accounts list shows them.
account-kind-requester = Wnioskodawca
account-kind-staff = Personel
account-status-active = Aktywne
account-status-locked = Zablokowane
account-status-disabled = Wyłączone
