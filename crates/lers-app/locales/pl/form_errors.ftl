## Problemy z polami formularzy (zgłoszenie 17). `$what` to jedna z nazw pól
## poniżej, podawana po dwukropku, aby nie trzeba było jej odmieniać.

## Nazwy pól.

form-this-field = To pole
form-the-name = Imię i nazwisko
form-the-reason = Uzasadnienie
form-the-message = Wiadomość
form-the-file-name = Nazwa pliku
form-your-full-name = Imię i nazwisko
form-your-agency = Nazwa jednostki
form-your-badge = Numer legitymacji lub identyfikator służbowy
form-your-phone = Numer telefonu
form-your-mailing-address = Adres pocztowy
form-your-subdivision = Województwo, prowincja lub region
form-what-title = Krótka nazwa sprawy
form-what-subdivision = Województwo, prowincja lub region
form-what-issuing-authority = Sąd lub organ wydający
form-what-citation = Podstawa prawna lub sygnatura sprawy
form-what-description = Czego dotyczy wniosek i dlaczego
form-what-date-from = Początek okresu
form-what-date-to = Koniec okresu
form-what-deadline = Termin
form-what-nondisclosure = Nakaz zachowania poufności
form-what-delay-of-notice = Nakaz odroczenia powiadomienia
form-what-narrative = Opis zagrożenia
form-what-supervisor-name = Imię i nazwisko przełożonego
form-eu-issuing = Organ wydający
form-eu-validating = Organ walidujący
form-what-eu-issuing-name = Nazwa organu wydającego
form-what-eu-validating-name = Nazwa organu walidującego
form-what-eu-issuing-file = Sygnatura akt organu wydającego
form-what-eu-validating-file = Sygnatura akt organu walidującego
form-what-eu-address = Adres
form-what-eu-signer = Imię i nazwisko osoby podpisującej
form-what-eu-phone = Numer telefonu
form-what-eu-email = Adres e-mail
form-what-eu-offence = Przestępstwo i podstawa prawna (sekcja G)
form-what-eu-earlier = Wcześniejszy nakaz
form-what-eu-delay-end = Koniec odroczenia poinformowania użytkownika
form-what-eu-enforcing = Powiadomiony organ egzekwujący (sekcja K)
form-what-eu-issued-on = Data wydania
form-what-eu-delivery = Miejsce przekazania danych (sekcja L)
form-what-eu-information-ea = Informacje dla organu egzekwującego (sekcja M)

## Każde pole.

form-enter = Proszę uzupełnić: { $what }.
form-too-long = { $what }: najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
       *[many] znaków
    }.
form-line-break = { $what }: tekst zawiera znak nowego wiersza lub tabulator; proszę wpisać go w jednym wierszu.
form-invisible = { $what }: tekst zawiera niewidoczny znak sterujący lub formatujący (np. zmianę kierunku pisma, być może wklejoną razem z tekstem); proszę wpisać go ponownie.
form-not-a-date = { $what }: proszę podać datę w postaci 2026-11-27.

## Profil (rejestracja, własne konto) i nazwiska pracowników.

form-enter-full-name = Proszę podać imię i nazwisko.
form-enter-agency = Proszę podać nazwę jednostki.
form-enter-badge = Proszę podać numer legitymacji lub identyfikator służbowy.
form-enter-phone = Proszę podać numer telefonu.
form-enter-mailing-address = Proszę podać adres pocztowy z nazwą ulicy.
form-enter-subdivision = Proszę podać województwo, prowincję lub region.
form-phone-format = Proszę podać numer telefonu z numerem kierunkowym kraju, np. +48 22 555 01 00 wew. 12.
form-po-box = Proszę podać adres z nazwą ulicy, pod który można doręczać pisma procesowe; skrytki pocztowe nie są przyjmowane.
form-agency-country = Proszę wybrać kraj jednostki.
form-staff-name = Proszę podać imię i nazwisko o długości najwyżej { $max } { $max ->
        [one] znaku
       *[other] znaków
    }.

## Projekt wniosku.

form-issuing-country = Proszę wybrać kraj organu wydającego.
form-instrument-wrong = Ten środek prawny nie może stanowić podstawy wniosku tego rodzaju; proszę wybrać jeden z listy.
form-instrument-missing = Proszę wybrać środek prawny, na którym opiera się wniosek.
form-targets-missing = Proszę podać co najmniej jedno konto, adres e-mail, numer telefonu lub inny identyfikator.
form-target-type = Identyfikator nr { $number }: proszę wybrać jego rodzaj.
form-target-invalid = Identyfikator nr { $number } ({ $value }): { $reason }.
form-target-empty = identyfikator jest pusty
form-target-too-long = identyfikator ma więcej niż 320 znaków
form-target-control = identyfikator zawiera znak nowego wiersza, znak sterujący lub niewidoczny znak formatujący
form-target-email = adres e-mail musi zawierać jeden znak @ z tekstem po obu stronach, np. nazwa@example.com
form-target-phone = numer telefonu musi zawierać numer kierunkowy kraju i od 7 do 15 cyfr, np. +48 22 555 01 99
form-target-ip = to nie jest adres IPv4 ani IPv6 (proszę podać jeden adres, nie zakres)
form-target-meeting-id = identyfikator spotkania może zawierać tylko litery, cyfry, spacje i łączniki
form-targets-too-many = Najwyżej { $max } { $max ->
        [one] identyfikator
        [few] identyfikatory
       *[many] identyfikatorów
    } we wniosku; większe wnioski należy podzielić.
form-data-categories = Proszę wybrać rodzaje danych, których dotyczy wniosek.
form-date-range-missing = Proszę podać okres, z którego pochodzą wnioskowane dane; wnioski bez ograniczenia czasowego są zbyt szerokie.
form-date-range-reversed = Koniec okresu przypada przed jego początkiem.
form-date-range-future = Okres nie może zaczynać się w przyszłości.
form-deadline-past = Termin musi przypadać po dniu dzisiejszym.
form-order-ended = { $what }: nakaz już wygasł; proszę wybrać „brak nakazu” albo podać rzeczywistą datę jego końca.
form-order-end-date = { $what }: proszę podać datę końcową, np. 2027-05-31.
form-narrative-short = Proszę opisać zagrożenie, kto jest zagrożony i dlaczego niebezpieczeństwo jest bezpośrednie (co najmniej { $min } { $min ->
        [one] znak
        [few] znaki
       *[many] znaków
    }).
form-attest = Proszę potwierdzić oświadczenie o sytuacji nadzwyczajnej.
form-supervisor-phone = Proszę podać numer telefonu przełożonego z numerem kierunkowym kraju, np. +48 22 555 01 00.
form-extends-reference = Proszę podać sygnaturę przedłużanego wniosku o zabezpieczenie, np. LERS-2026-000123.
form-preservation-reference = Proszę podać sygnaturę wniosku o zabezpieczenie, np. LERS-2026-000123, albo pozostawić pole puste.
form-colleagues-too-many = Dostęp można przyznać najwyżej { $max } { $max ->
        [one] osobie
       *[other] osobom
    } ze współpracowników.

## Zaświadczenie nakazu UE.

form-eu-member-state = { $what }: proszę wybrać państwo członkowskie UE (Dania nie jest związana rozporządzeniem).
form-eu-data-categories = Proszę wybrać kategorie danych wymienione w zaświadczeniu (sekcja F).
form-eu-earlier-order = Proszę podać sygnaturę LERS wcześniejszego nakazu, np. LERS-2026-000123, albo identyfikator nadany przez organ wydający.
form-eu-delay-ended = Odroczenie poinformowania użytkownika już minęło; proszę wybrać „bez ograniczeń”.
form-eu-delay-date = Proszę podać datę, do której użytkownik nie może zostać poinformowany, np. 2027-05-31.
form-eu-enforcing-email = Proszę podać adres e-mail organu egzekwującego w postaci nazwa@example.eu albo pozostawić pole puste.
form-eu-issued-future = Zaświadczenie nie może być wydane w przyszłości.
form-eu-issued-on = Proszę podać datę podpisania zaświadczenia.
form-eu-received-before-issue = Zaświadczenie nosi datę { $issued }, późniejszą niż otrzymanie nakazu ({ $received }); proszę sprawdzić datę wydania i czas otrzymania.

## Śledzenie wniosku: wycofanie, wiadomości, przesyłanie plików.

form-withdraw-reason = Proszę podać powód wycofania (najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
       *[many] znaków
    }).
form-message-length = Wiadomość może mieć najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
       *[many] znaków
    }.
form-message-unreadable = Nie udało się odczytać wiadomości albo jest ona znacznie dłuższa, niż wiadomość może być; proszę ją skrócić.
form-form-unreadable = Nie udało się odczytać formularza; proszę wysłać go ponownie.
form-upload-unreadable = Nie udało się odczytać przesłanego pliku; proszę spróbować ponownie.
form-upload-interrupted = Przesyłanie zostało przerwane albo plik jest zbyt duży; proszę spróbować ponownie.
form-file-missing = Proszę wybrać plik do przesłania.
form-file-too-large = Plik jest większy niż { $mib } MiB; proszę go podzielić albo zapytać dostawcę o inny sposób przekazania.

## Adres e-mail przy rejestracji i w profilu.

form-email-not-allowed = Domeny { $domain } nie ma na liście dopuszczonych domen poczty instytucji publicznych. Proszę użyć służbowego adresu e-mail instytucji lub policji; jeśli brakuje domeny Państwa jednostki, proszę poprosić dostawcę o jej dodanie.
form-email-empty = Proszę podać adres e-mail: służbowy adres, na przykład nazwisko@jednostka.gov.pl.
form-email-missing-at = Ten adres e-mail nie zawiera znaku „@”. Proszę podać pełny adres służbowy, na przykład nazwisko@jednostka.gov.pl.
form-email-too-many-at = Ten adres e-mail zawiera więcej niż jeden znak „@”. Proszę podać jeden adres, na przykład nazwisko@jednostka.gov.pl.
form-email-quoted = Adresy e-mail z cudzysłowami nie są przyjmowane. Proszę podać adres bez cudzysłowów, na przykład nazwisko@jednostka.gov.pl.
form-email-comment = Adresy e-mail z nawiasami okrągłymi „(” lub „)” nie są przyjmowane. Proszę usunąć nawiasy i tekst między nimi.
form-email-whitespace = Ten adres e-mail zawiera spację, tabulator lub inny niewidoczny znak. Proszę go usunąć (również na początku i na końcu) i spróbować ponownie.
form-email-non-ascii = Ten adres e-mail zawiera znaki spoza podstawowego alfabetu łacińskiego (a–z). Nie są one przyjmowane, ponieważ podobnie wyglądające litery innych alfabetów to znany sposób podszywania się pod adresy instytucji. Proszę wpisać adres ręcznie zamiast go wklejać.
form-email-punycode = Ten adres e-mail zawiera zakodowaną międzynarodową nazwę domeny (część zaczynającą się od „xn--”). Takie adresy nie są przyjmowane, ponieważ podobnie wyglądające litery to znany sposób podszywania się pod adresy instytucji. Proszę użyć zwykłego adresu jednostki.
form-email-trailing-dot = Ten adres e-mail kończy się kropką. Proszę usunąć końcową kropkę i spróbować ponownie.
form-email-domain-literal = Adresy z adresem IP w nawiasach kwadratowych nie są przyjmowane. Proszę użyć adresu e-mail jednostki z nazwą domeny, na przykład nazwisko@jednostka.gov.pl.
form-email-domain-empty = W tym adresie e-mail po znaku „@” nic nie ma. Proszę podać pełny adres, na przykład nazwisko@jednostka.gov.pl.
form-email-domain-empty-label = Część po znaku „@” zaczyna się od kropki albo zawiera dwie kropki z rzędu. Proszę sprawdzić, czy w adresie nie ma literówek.
form-email-domain-character = Część po znaku „@” może zawierać tylko litery, cyfry, łączniki i kropki. Proszę sprawdzić, czy w adresie nie ma literówek.
form-email-domain-label-hyphen = Fragment domeny po znaku „@” zaczyna się lub kończy łącznikiem, co jest niedozwolone. Proszę sprawdzić, czy w adresie nie ma literówek.
form-email-domain-label-too-long = Fragment domeny po znaku „@” ma więcej niż 63 znaki, co jest niedozwolone. Proszę sprawdzić, czy w adresie nie ma literówek.
form-email-domain-too-long = Część po znaku „@” ma więcej niż 253 znaki, co jest niedozwolone. Proszę sprawdzić, czy w adresie nie ma literówek.
form-email-single-label = Część po znaku „@” musi być pełną nazwą domeny z kropką, np. jednostka.gov.pl. Proszę podać pełny adres służbowy.
form-email-numeric-tld = Część po znaku „@” musi kończyć się nazwą, np. .pl, a nie liczbą. Proszę podać adres e-mail jednostki, a nie adres IP.
form-email-local-empty = W tym adresie e-mail przed znakiem „@” nic nie ma. Proszę podać pełny adres, na przykład nazwisko@jednostka.gov.pl.
form-email-local-too-long = Część przed znakiem „@” ma więcej niż 64 znaki, na co poczta e-mail nie pozwala. Proszę sprawdzić, czy w adresie nie ma literówek.
form-email-local-dots = Część przed znakiem „@” zaczyna się lub kończy kropką albo zawiera dwie kropki z rzędu. Proszę sprawdzić, czy w adresie nie ma literówek.
form-email-local-character = Część przed znakiem „@” zawiera niedozwolony znak. Można używać tylko liter, cyfr, kropek i symboli ! # $ % & ' * + / = ? ^ _ ` { "{" } | { "}" } ~ -
form-email-too-long = Ten adres e-mail ma więcej niż 254 znaki, na co poczta e-mail nie pozwala. Proszę sprawdzić, czy w adresie nie ma literówek.

## Nowe hasło.

form-password-too-short = To hasło jest za krótkie. Proszę użyć co najmniej { $min } { $min ->
        [one] znaku
       *[other] znaków
    }; kilka niezwiązanych ze sobą słów tworzy długie hasło, które łatwo zapamiętać.
form-password-too-long = To hasło jest za długie. Proszę użyć najwyżej { $max } { $max ->
        [one] znaku
       *[other] znaków
    }.
form-password-common = To hasło znajduje się na liście często używanych haseł, które atakujący sprawdzają w pierwszej kolejności. Proszę wybrać inne, trudniejsze do odgadnięcia.
form-password-contains-email = To hasło zawiera część adresu e-mail przed znakiem „@”, którą atakujący sprawdziłby w pierwszej kolejności. Proszę wybrać hasło, które jej nie zawiera.
form-password-mismatch = Oba hasła się różnią. Proszę wpisać to samo hasło w obu polach.

## Składanie: do czego odwołuje się projekt. Podstawa prawna w formacie PDF.

form-extends-not-yours = { $reference } nie jest żadnym z Państwa otwartych wniosków o zabezpieczenie.
form-preservation-not-in-force = { $reference } nie jest żadnym z Państwa obowiązujących zabezpieczeń.
form-pdf-not-pdf = Ten plik nie jest plikiem PDF (jego zawartość nie zaczyna się jak PDF, niezależnie od nazwy); proszę przesłać podstawę prawną jako PDF.
form-pdf-encrypted = Ten plik PDF jest zaszyfrowany lub chroniony hasłem; proszę przesłać niezabezpieczoną kopię.
form-pdf-active-content = Ten plik PDF zawiera JavaScript lub akcje uruchamiające programy, co nie jest dopuszczalne; proszę wydrukować go do nowego pliku PDF i przesłać ten plik.
form-pdf-unreadable = Ten plik PDF jest uszkodzony i nie da się go odczytać ({ $detail }); proszę wyeksportować go ponownie i przesłać nowy plik.
form-pdf-too-complex = Sprawdzenie tego pliku PDF wymaga więcej pamięci lub czasu, niż pozwala ten serwer (zawiera on wyjątkowo dużo obiektów); proszę wydrukować go do nowego pliku PDF albo podzielić i przesłać wynik.
form-pdf-checker-unavailable = Serwer nie mógł teraz sprawdzić tego pliku; proszę spróbować ponownie za kilka minut, a jeśli problem się powtarza, poinformować dostawcę.
form-pdf-busy = Serwer sprawdza teraz inne pliki; proszę spróbować ponownie za kilka minut.

## Kody z aplikacji uwierzytelniającej; hasło i adres własnego konta.

form-code-malformed = Proszę wpisać 6-cyfrowy kod z aplikacji uwierzytelniającej (same cyfry).
form-code-wrong = Ten kod jest nieprawidłowy; proszę sprawdzić czas w telefonie i wpisać bieżący kod.
form-code-reused = Ten kod został już użyty; proszę poczekać na następny kod i go wpisać.
form-not-current-password = To nie jest obecne hasło do konta.
form-email-unchanged = To jest już adres tego konta; proszę wpisać nowy adres.

## Tokeny API; rezygnacja z LERS.

form-token-name = Proszę nadać tokenowi nazwę o długości najwyżej { $max } { $max ->
        [one] znaku
       *[other] znaków
    }.
form-token-scopes = Proszę wybrać co najmniej jeden zakres uprawnień.
form-token-lifetime = Proszę wybrać okres ważności od 1 do { $max } { $max ->
        [one] dnia
       *[other] dni
    }.
form-leave-confirm = Proszę zaznaczyć pole, aby potwierdzić zrozumienie, co zostanie usunięte, a co zachowane.
