## Dlaczego czynność została odrzucona: zasada obowiązująca w toku wniosku, zasada dwóch osób,
## zmiana wprowadzona w międzyczasie przez kogoś innego. Statusy, role i poziomy dostępu są
## wstawiane jako ich etykiety; czas w strefie czasowej czytającego.

## Decyzja w sprawie wniosku.
form-refusal-decide-no-review = Przed podjęciem decyzji należy wypełnić listę kontrolną oceny.
form-refusal-decide-not-approver = Zatwierdzenie wymaga roli zatwierdzającego.
form-refusal-decide-own-review = Zasada dwóch osób: osoba, która oceniła wniosek, nie może go również zatwierdzić.
form-refusal-decide-reviewer-disabled = Ocenę sporządziła osoba, której konto zostało od tego czasu wyłączone. Przed podjęciem decyzji należy ponownie ocenić wniosek.
form-refusal-transition = Status wniosku: { $status }. W tym stanie ten krok nie jest możliwy. Proszę odświeżyć stronę, aby zobaczyć, jakie czynności są teraz dostępne.

## Weryfikacja telefoniczna (oddzwonienie) w nagłych przypadkach.
form-refusal-callback-not-emergency = Weryfikację telefoniczną zapisuje się wyłącznie dla wniosków w nagłych przypadkach.
form-refusal-callback-failed-outside-review = Negatywny wynik weryfikacji telefonicznej powoduje zawieszenie wnioskodawcy, dlatego zapisuje się go wyłącznie dla rozpatrywanego wniosku w nagłym przypadku; najpierw należy rozpocząć ocenę (status wniosku: { $status }).
form-refusal-callback-decided = Status wniosku: { $status }. Weryfikację telefoniczną zapisuje się tylko wtedy, gdy wniosek oczekuje na decyzję.
form-refusal-callback-failed = Weryfikacja telefoniczna tego wniosku dała wynik negatywny: nie można go zatwierdzić; należy go odrzucić lub zakwestionować.
form-refusal-callback-requester-suspended = Wnioskodawca został zawieszony po negatywnej weryfikacji telefonicznej: zanim ten wniosek w nagłym przypadku będzie mógł zostać zatwierdzony, administrator musi uchylić zawieszenie.
form-refusal-callback-not-confirmed = Wniosek w nagłym przypadku można zatwierdzić dopiero po pozytywnej weryfikacji telefonicznej pod numerem ustalonym niezależnie.
form-refusal-callback-second-confirmation-missing = Ocena ryzyka tego wniosku w nagłym przypadku przekracza próg: przed zatwierdzeniem weryfikację telefoniczną musi potwierdzić drugi członek personelu, inny niż osoba, która ją zapisała.
form-refusal-callback-recorder-disabled = Pozytywną weryfikację telefoniczną tego wniosku zapisało konto pracownika, które zostało od tego czasu wyłączone, dlatego nie jest już brana pod uwagę. Należy ponownie zadzwonić do organu pod numer ustalony niezależnie i zapisać wynik weryfikacji.
form-refusal-callback-second-confirmer-disabled = Drugie potwierdzenie weryfikacji telefonicznej złożyło konto pracownika, które zostało od tego czasu wyłączone, dlatego nie jest już brane pod uwagę. Weryfikację musi potwierdzić inny członek personelu, inny niż osoba, która ją zapisała.
form-refusal-callback-confirming-disabled-recorder = Tę weryfikację telefoniczną zapisało konto pracownika, które zostało od tego czasu wyłączone, dlatego nie jest już brana pod uwagę i nie można jej potwierdzić. Należy ponownie zadzwonić do organu i zapisać nową weryfikację.
form-refusal-callback-confirming-unconfirmed = Drugi członek personelu może potwierdzić wyłącznie weryfikację telefoniczną z wynikiem pozytywnym.
form-refusal-callback-confirming-own = Zasada dwóch osób: weryfikację telefoniczną musi potwierdzić ktoś inny niż członek personelu, który ją zapisał.
form-refusal-callback-nothing-to-confirm = Status wniosku: { $status }. Nie ma już nic do potwierdzenia.
form-refusal-requester-controlled-line = Numer { $line } prowadzi do linii podanej przez wnioskodawcę lub takiej, którą może on kontrolować (źródło: { $origin ->
        [profile] profil wnioskodawcy
        [colleague] profil konta { $colleague } z tej samej jednostki
        [earlier] wcześniejszy wniosek { $reference } tego samego konta lub tej samej jednostki
        [written] wiadomości, nazwy dokumentów i uzasadnienia wycofania wniosków podane przez wnioskodawcę lub jego jednostkę
       *[request] niniejszy wniosek
    }); należy zadzwonić pod numer ustalony niezależnie, np. numer centrali z katalogu jednostek.

## Kto może zmieniać wniosek.
form-refusal-access-not-owner = Ten wniosek może zmieniać wyłącznie wnioskodawca, który go złożył.
form-refusal-access-not-a-draft = Złożonego wniosku nie można edytować; zamiast tego proszę wysłać wiadomość.
form-refusal-access-closed-to-messages = Status wniosku: { $status }. Wniosek nie przyjmuje już wiadomości; jeżeli jest coś jeszcze do przekazania, proszę złożyć nowy wniosek.
form-refusal-access-not-a-colleague = { $email } nie jest zarejestrowanym wnioskodawcą z Państwa jednostki (@{ $domain }); współpracownicy muszą mieć własne konta.

## Wydania danych i ich pliki.
form-refusal-production-not-approved = Wydanie danych jest możliwe tylko dla zatwierdzonych wniosków; status tego wniosku: { $status }.
form-refusal-production-not-producer = To wydanie danych może zmieniać wyłącznie wydający, który je rozpoczął.
form-refusal-production-not-open = To wydanie danych zostało już przekazane i nie można go już zmienić.
form-refusal-production-not-deliverable = Obecny status wniosku: { $status }; nie można już niczego w jego ramach przekazać.
form-refusal-production-no-files = Przed przekazaniem należy dodać co najmniej jeden plik.
form-refusal-production-still-uploading = Plik { $name } jest nadal przesyłany ({ $received } z { $size } bajtów); przed przekazaniem należy dokończyć przesyłanie lub usunąć plik.
form-refusal-production-own-alert = Alert dotyczący Państwa musi potwierdzić inna osoba.
form-refusal-file-destroyed = Ten plik został zniszczony po upływie okresu przechowywania.
form-refusal-uploads-busy = Trwa już maksymalna liczba przesyłań ({ $max }); proszę spróbować ponownie za minutę.
form-refusal-upload-running = Nadal trwa inne przesyłanie tego pliku.
form-refusal-upload-offset = Przesyłanie jest kontynuowane od bajtu { $expected }, a nie { $offset }; proszę wznowić je od tego miejsca.
form-refusal-staging-gone = Dane tymczasowe tego przesyłania już nie istnieją; proszę usunąć plik i przesłać go ponownie.
form-refusal-more-than-declared = Przesłano więcej danych, niż wynosi zadeklarowany rozmiar (w bajtach: { $declared }).
form-refusal-file-name-taken = To wydanie danych zawiera już plik o nazwie { $name }; proszę zmienić nazwę jednego z plików lub najpierw usunąć drugi.
form-refusal-size-too-large = Rozmiar jest zbyt duży.

## Praca zespołu obsługi wniosków nad sprawą.
form-refusal-staff-assignee-inactive = Wnioski można przydzielać wyłącznie aktywnym członkom personelu.
form-refusal-staff-not-under-review = Wniosek o statusie „{ $status }” nie jest w trakcie rozpatrywania.
form-refusal-staff-not-a-preservation = { $reference } nie jest wnioskiem o zabezpieczenie złożonym przez tego wnioskodawcę.
form-refusal-staff-no-hold = W sprawie { $reference } nie obowiązuje zabezpieczenie danych, które można by przedłużyć.
form-refusal-staff-already-extended = Zabezpieczenie { $reference } zostało już raz przedłużone; kolejne przedłużenie nie jest możliwe.

## Nakazy UE.
form-refusal-eu-not-a-preservation-order = Formularze 5 i 6 dotyczą wyłącznie europejskiego nakazu zabezpieczenia (EPOC-PR).
form-refusal-eu-preservation-ended = To zabezpieczenie już się zakończyło; nie można go przedłużyć ani dłużej utrzymywać.
form-refusal-eu-preservation-extended = To zabezpieczenie zostało już przedłużone formularzem 6; rozporządzenie dopuszcza tylko jedno przedłużenie.
form-refusal-eu-awaiting-production-order = Na podstawie formularza 5 dane są już przechowywane do czasu otrzymania nakazu wydania; formularz 6 niczego nie zmienia.
form-refusal-ea-held = Wstrzymane na potrzeby organu egzekwującego do { $until } (termin dla organu egzekwującego); po tym terminie pliki można pobrać, a wcześniej – jeżeli organ egzekwujący potwierdzi, że nie podnosi żadnej podstawy odmowy.
form-refusal-ea-refused = Odmowa organu egzekwującego: te dane nigdy nie zostaną zwolnione.
form-refusal-ea-partial-grounds = To wydanie danych zostało przekazane, zanim organ egzekwujący podniósł w dniu { $at } częściowe podstawy odmowy, dlatego może zawierać objęte nimi dane i nie zostaje zwolnione; dostawca przekaże nowe wydanie danych bez tych danych.
form-refusal-ea-none-notified = O tym nakazie nie powiadomiono żadnego organu egzekwującego, nie ma więc decyzji organu egzekwującego do zapisania.
form-refusal-ea-already-decided = Decyzja organu egzekwującego w sprawie tego nakazu została już zapisana.
form-refusal-ea-window-closed = Termin dla organu egzekwującego upłynął w dniu { $at }; nie można już podnieść podstaw odmowy.
form-refusal-lift-not-restricted = Organ wydający nie ograniczył informowania użytkownika, nie ma więc czego uchylać.
form-refusal-lift-already-lifted = Ograniczenie nałożone przez organ wydający zostało już uchylone.
form-refusal-deadline-not-production = Termin ujawnienia ma wyłącznie nakaz wydania (EPOC); nakaz zabezpieczenia (EPOC-PR) nie ma terminu ujawnienia.
form-refusal-deadline-over = Nakaz jest zakończony ({ $status }); jego terminu nie można już zmienić.
form-refusal-deadline-past = Nowy termin { $at } nie przypada w przyszłości.
form-refusal-deadline-reason-missing = Termin wcześniejszy niż obowiązujący ({ $current }) wymaga podania przyczyn wcześniejszego ujawnienia wskazanych przez organ wydający (Art 10(2)).
form-refusal-deadline-reason-unreadable = Przyczyny wcześniejszego ujawnienia należy podać w jednym wierszu, maksymalnie { $max } znaków, bez znaków sterujących.

## Powiadomienia dla użytkowników, których dotyczą dane.
form-refusal-notice-nothing-disclosed = Dla tego konta nic nie ujawniono, nie ma więc kogo powiadamiać: proszę wybrać „Nie dotyczy”.
form-refusal-notice-disclosed = Dane tego konta zostały ujawnione: proszę wybrać powiadomienie, odroczenie na podstawie nakazu albo wyjątek.
form-refusal-notice-order-in-force = Do { $until } obowiązuje nakaz odroczenia powiadomienia; do tego czasu nie można powiadomić użytkownika.
form-refusal-notice-order-without-end = Obowiązuje bezterminowy nakaz odroczenia powiadomienia; należy odroczyć powiadomienie (i zakwestionować nakaz) albo zapisać wyjątek.
form-refusal-notice-authority-restricts = Organ wydający ten nakaz UE zażądał, aby nie informować użytkownika do czasu jego decyzji; należy odroczyć powiadomienie do czasu uchylenia ograniczenia albo zapisać wyjątek.
form-refusal-notice-no-order = Nie obowiązuje żaden nakaz odroczenia powiadomienia, nie ma więc na co czekać.
form-refusal-notice-reason-missing = Proszę podać uzasadnienie wyjątku.
form-refusal-notice-sent = To powiadomienie zostało już wysłane.
form-refusal-notice-not-holdable = Wstrzymać można tylko powiadomienie, które nie zostało jeszcze wysłane.

## Punkty końcowe interfejsu (ETSI HI-1).
form-refusal-endpoint-own-proposal = Ten punkt końcowy został zaproponowany przez Państwa: musi go zatwierdzić drugi administrator.
form-refusal-endpoint-not-proposed = Ten punkt końcowy nie oczekuje na zatwierdzenie.
form-refusal-endpoint-disabled = Ten punkt końcowy jest już wyłączony.
form-refusal-endpoint-duplicate = Punkt końcowy o tym identyfikatorze lub z tymi danymi uwierzytelniającymi jest już zarejestrowany.

## Kto widzi które części sprawy.
form-refusal-field-ceiling = Rola { $role } może otrzymać co najwyżej dostęp „{ $ceiling }” do części sprawy.
form-refusal-field-already-proposed = Ta zmiana została już zaproponowana i oczekuje na drugiego administratora.
form-refusal-field-same-admin = Zmianę rozszerzającą dostęp musi zatwierdzić inny administrator.
form-refusal-field-other-waiting = Na zatwierdzenie oczekuje już propozycja innego administratora dotycząca tego dostępu; przed zgłoszeniem kolejnej należy ją zatwierdzić albo zawęzić dostęp, co ją uchyli.
form-refusal-field-proposal-changed = Od wyświetlenia strony propozycja została zmieniona lub uchylona; proszę ją ponownie przejrzeć.
form-refusal-field-proposal-lapsed = Propozycja jest starsza niż 72 godziny i wygasła; proszę zgłosić ją ponownie.
form-refusal-field-unchanged = Nie ma nic do zmiany: rola { $role } ma już dostęp „{ $access }” do części sprawy: { $group }.

## Konta, role i uprawnienia objęte zasadą dwóch osób.
form-refusal-email-taken = Adres { $email } jest już przypisany do konta; proszę wybrać inny adres.
form-refusal-account-not-active = To konto nie jest aktywne; prosimy o kontakt z dostawcą.
form-refusal-account-not-active-email = To konto nie jest aktywne; prosimy o kontakt z zespołem obsługi wniosków dostawcy.
form-refusal-own-account-status = Nie można zablokować ani wyłączyć własnego konta.
form-refusal-already-erased = To konto zostało już usunięte.
form-refusal-in-recycle-bin = To konto znajduje się w koszu; aby ponownie z niego korzystać, należy przywrócić je z kosza.
form-refusal-totp-enrolled = Weryfikacja dwuetapowa jest już skonfigurowana dla tego konta.
form-refusal-roles-for-staff = Role można nadawać wyłącznie kontom personelu.
form-refusal-last-admin = To jest ostatni aktywny administrator; najpierw należy nadać rolę administratora innej osobie.
form-refusal-grant-needs-approval = Nadanie roli administratora lub zatwierdzającego, a także odebranie roli administratora innemu administratorowi, wymaga zatwierdzenia przez drugiego administratora: należy to zaproponować, podając nowy kod.
form-refusal-grant-not-privileged = Ta zmiana nie nadaje roli administratora ani zatwierdzającego i nie odbiera roli administratora: można ją zapisać bezpośrednio.
form-refusal-proposal-waiting = Propozycja tego rodzaju dla { $target } oczekuje już na drugiego administratora.
form-refusal-no-second-factor = { $target } nie ma drugiego składnika, który można by zresetować; przy następnym logowaniu nastąpi jego konfiguracja.
form-refusal-power-own-account = Nikt nie może zmieniać własnych ról ani własnego drugiego składnika; należy zwrócić się do innego administratora.
form-refusal-power-not-admin = Tylko administratorzy mogą proponować, zatwierdzać lub odrzucać te zmiany.
form-refusal-power-own-proposal = Musi to zatwierdzić drugi administrator: propozycja pochodzi od Państwa.
form-refusal-power-decided = Ta propozycja została już rozpatrzona.
form-refusal-power-expired = Ta propozycja wygasła (propozycje wygasają po 72 godzinach); proszę zgłosić ją ponownie.
form-refusal-power-proposer-not-admin = Ta propozycja jest już nieaktualna: osoba, która ją zgłosiła, utraciła rolę administratora lub jej konto zostało wyłączone. Proszę ją odrzucić i w razie potrzeby zgłosić ponownie.
form-refusal-domain-listed = { $pattern } jest już na liście.
form-refusal-only-draft-publishable = Opublikować można wyłącznie wersję roboczą.

## Katalog jednostek.
form-refusal-agency-domain-taken = Domena { $domain } należy już do innej jednostki; domena e-mail identyfikuje jedną jednostkę.
form-refusal-agency-exists = Jednostka o tej nazwie z tego państwa jest już w katalogu; należy zamiast tego edytować istniejący wpis.

## Kosz, przechowywanie, blokady prawne i usuwanie wpisów dziennika audytu.
form-refusal-bin-purged = Ten element został trwale usunięty po upływie 60-dniowego okresu; nie można go przywrócić.
form-refusal-bin-already-restored = Ten element został już przywrócony.
form-refusal-bin-window-over = Okres przechowywania tego elementu w koszu upłynął i jest on właśnie trwale usuwany; nie można go przywrócić.
form-refusal-bin-not-yours = Przywrócić element może tylko osoba, która go usunęła, a w przypadku obiektów administracyjnych – administrator.
form-refusal-restore-conflict = { $what } jest ponownie w użyciu od czasu usunięcia (ktoś w międzyczasie dodał taki sam element); należy najpierw usunąć nowy element lub zmienić jego nazwę, a następnie przywrócić.
form-refusal-audit-entry-pruned = Treść wpisu dziennika audytu { $index } została usunięta po upływie okresu przechowywania, nie można więc go udowodnić; jego skrót nadal jest uwzględniany w każdym późniejszym podpisanym stanie dziennika.
form-refusal-legal-hold-in-force = Ta sprawa jest już objęta blokadą prawną; aby nałożyć nową, należy najpierw zdjąć obecną.
form-refusal-no-legal-hold = Ta sprawa nie jest objęta blokadą prawną.
form-refusal-case-purged = Treść tej sprawy została usunięta po upływie okresu przechowywania: nie można do niej niczego dodać ani objąć jej blokadą prawną.
form-refusal-legal-hold-reason-missing = Blokada prawna wymaga uzasadnienia: proszę wskazać, jakie postępowanie lub organ wymaga zachowania tej sprawy.

## Regiony danych.
form-refusal-region-unknown = { $region } nie jest skonfigurowanym regionem.
form-refusal-region-same = Sprawa znajduje się już w regionie { $region }.
form-refusal-region-move-running = Ta sprawa jest już przenoszona do innego regionu; należy poczekać na zakończenie tego przeniesienia.
form-refusal-region-move-uploading = Plik wydania danych w tej sprawie jest nadal przesyłany; przed przeniesieniem sprawy należy dokończyć przesyłanie lub usunąć plik.

## Ktoś inny wprowadził zmianę wcześniej.
form-refusal-changed-request = Wniosek został w międzyczasie zmieniony; proszę odświeżyć stronę i spróbować ponownie.
form-refusal-changed-production = Wydanie danych zostało w międzyczasie zmienione; proszę odświeżyć stronę i spróbować ponownie.
form-refusal-changed-upload = Przesyłanie w międzyczasie posunęło się dalej; proszę sprawdzić jego bieżący stan i wznowić je od tego miejsca.
form-refusal-changed-file-not-uploading = Ten plik nie jest przesyłany (został już zapisany lub usunięty).
form-refusal-changed-no-suspension = To konto nie jest zawieszone (zawieszenie mogło zostać w międzyczasie uchylone).
form-refusal-changed-roles = Role użytkownika { $target } zmieniły się od czasu złożenia propozycji; należy ją odrzucić i zaproponować zmianę ponownie.

## Decyzja organu egzekwującego oraz nazwy regionów danych.
form-ea-decision-missing = Proszę wybrać decyzję organu egzekwującego.
form-ea-ground-missing = Proszę wybrać podstawę odmowy z Art 12 podniesioną przez organ egzekwujący.
form-ea-data-missing = Proszę wskazać, których danych dotyczą podstawy odmowy podniesione przez organ egzekwujący (dane te nie zostaną zwolnione).
form-ea-data-unreadable = Proszę opisać objęte dane w jednym wierszu, maksymalnie 500 znaków, bez znaków sterujących.
form-region-name-invalid = { $name } nie jest nazwą regionu: należy użyć od 1 do { $max } małych liter, cyfr lub znaków „-”, zaczynając od litery (np. eu).

## Odmowy samej aplikacji: stan wniosku lub pliku na to nie pozwala.
form-conflict-not-your-production = Nad tym wydaniem danych może pracować tylko osoba, która je otworzyła.
form-conflict-file-incomplete = Sprawdzić można tylko pliki przesłane w całości.
form-conflict-file-takes-no-data = Ten plik jest kompletny lub nie należy już do otwartego wydania danych; nie przyjmuje więcej danych.
form-conflict-already-registered = Ten wniosek jest już zarejestrowany.
form-conflict-requester-has-account = Ten wnioskodawca ma już konto w portalu.
form-conflict-register-first = Proszę zarejestrować wniosek przed odnotowaniem odpowiedzi na niego.
form-conflict-intake-draft = Ten wniosek wpłynął do działu przyjmowania wniosków dostawcy, który go uzupełni i zarejestruje; zamiast tego proszę wysłać wiadomość.
form-conflict-already-submitted = Ten wniosek został już złożony.
form-conflict-submit-first = Proszę złożyć wniosek przed wysyłaniem wiadomości w jego sprawie.
form-conflict-closed-to-documents = Ten wniosek jest zamknięty; nie można już dodawać dokumentów.
form-conflict-region-draft-only = Tylko wersję roboczą można przypisać do regionu.
form-conflict-region-out-of-reach = Reguła udostępniania danych tej osoby nie obejmuje regionu sprawy; należy wybrać kogoś, kto może ją otworzyć.
form-conflict-export-building = Ten eksport jest jeszcze przygotowywany; proszę za chwilę odświeżyć stronę.
form-conflict-submitted-no-edit = Ten wniosek został złożony i nie można go już edytować.
