## Kontrole formularzy administratora i zespołu obsługi wniosków: lista dozwolonych domen,
## punkty końcowe interfejsu, personel, regiony, wydania danych i raporty.

## Lista dozwolonych domen e-mail wnioskodawców.
form-domain-rule-empty = Wzorzec jest pusty: proszę wpisać domenę, np. abilenetx.gov, lub regułę sufiksu, np. *.police.uk.
form-domain-rule-bare-wildcard = Samo „*” dopuszczałoby każdy adres: proszę wpisać regułę sufiksu, np. *.police.uk.
form-domain-rule-misplaced-wildcard = Znak „*” jest dozwolony tylko na samym początku i musi po nim następować kropka, jak w *.police.uk.
form-domain-rule-suffix-too-broad = Reguła sufiksu wymaga co najmniej dwóch etykiet po „*.” (*.police.uk, a nie *.uk): pojedyncza etykieta to cała domena najwyższego poziomu, otwarta dla każdego.
form-domain-rule-non-ascii = Znaki międzynarodowe nie są akceptowane, ponieważ podobnie wyglądające litery to znany sposób podszywania się: proszę zapisać domenę wyłącznie znakami ASCII.
form-domain-rule-punycode = Etykiety Punycode (zaczynające się od „xn--”) nie są akceptowane, ponieważ kodują podobnie wyglądające litery międzynarodowe: proszę zapisać domenę wyłącznie znakami ASCII.
form-domain-rule-trailing-dot = Wzorzec kończy się kropką: proszę usunąć końcową kropkę.
form-domain-rule-empty-label = Wzorzec zawiera pustą etykietę (dwie kropki z rzędu lub kropkę na początku): proszę usunąć zbędną kropkę.
form-domain-rule-invalid-character = Domena może zawierać wyłącznie litery a-z, cyfry, łączniki i kropki: proszę wpisać samą domenę, a nie adres e-mail ani URL.
form-domain-rule-label-hyphen = Etykieta domeny zaczyna się lub kończy łącznikiem, na co DNS nie pozwala: proszę sprawdzić pisownię.
form-domain-rule-label-too-long = Etykieta domeny jest dłuższa niż 63 znaki, na co DNS nie pozwala: proszę sprawdzić pisownię.
form-domain-rule-too-long = Domena jest dłuższa niż 253 znaki, na co DNS nie pozwala: proszę sprawdzić pisownię.
form-domain-rule-single-label = Domena jednoczłonowa (np. „gov”) to cała domena najwyższego poziomu: proszę wpisać pełną domenę, np. abilenetx.gov.
form-domain-rule-numeric-tld = Ostatnia etykieta domeny jest liczbą, a więc jest to adres IP, a nie domena: proszę wpisać nazwę domeny.

## Punkty końcowe interfejsu (ETSI HI-1).
form-endpoint-country-code = Proszę podać państwo punktu końcowego jako dwuliterowy kod ISO 3166-1 (EU w przypadku organów UE).
form-endpoint-identifier = Proszę podać unikalny identyfikator punktu końcowego dokładnie w takiej postaci, w jakiej zawierają go jego wiadomości w polu SenderIdentifier (bez spacji, maksymalnie { $max } znaków).
form-endpoint-name = Proszę podać nazwę organu w jednym wierszu, maksymalnie { $max } znaków.
form-endpoint-fingerprint = Proszę podać odcisk SHA-256 certyfikatu klienta: 64 cyfry szesnastkowe (dwukropki są dozwolone), np. uzyskany poleceniem openssl x509 -in cert.pem -outform der | sha256sum.
form-endpoint-public-key = Proszę podać klucz publiczny Ed25519 punktu końcowego: jego 32 bajty w zapisie szesnastkowym (64 cyfry) lub base64.
form-endpoint-auth-kind = Proszę wybrać sposób uwierzytelniania punktu końcowego: certyfikat klienta lub podpisany token.
form-endpoint-notify-url = Proszę podać adres https:// do powiadomień lub pozostawić pole puste.
form-endpoint-contact-email = Proszę podać adres e-mail osoby kontaktowej organu w sprawie tych nakazów.
form-endpoint-role = Proszę wybrać, w czyim imieniu działa punkt końcowy: organu wydającego czy organu egzekwującego.
form-endpoint-country = Organ egzekwujący musi pochodzić z państwa członkowskiego tego dostawcy ({ $country }): tylko organ tego państwa rozstrzyga w sprawie doręczonych tu nakazów.
form-endpoint-contact-is-staff = Ten adres należy do konta personelu; proszę podać własny adres kontaktowy organu.

## Personel, rejestracja wniosków i odejście.
form-staff-roles-missing = Proszę przypisać nowemu członkowi personelu co najmniej jedną rolę.
form-intake-requester-is-staff = Ten adres należy do konta personelu; proszę podać własny adres wnioskodawcy.
form-intake-scan-missing = Przed zarejestrowaniem wniosku należy dołączyć skan dokumentu stanowiącego podstawę prawną (plik PDF).
form-leaving-staff-account = Konta personelu są przenoszone do kosza i anonimizowane przy trwałym usunięciu; nie usuwa się ich w tym miejscu.
form-step-up-code-missing = Ta czynność wymaga aktualnego kodu z aplikacji uwierzytelniającej.
form-step-up-key-required = Państwa organizacja wymaga na tym etapie klucza bezpieczeństwa lub klucza dostępu: należy dotknąć klucza (przycisk obok pola kodu), a następnie wysłać formularz z pustym polem kodu.
form-step-up-key-register-first = Państwa organizacja wymaga na tym etapie klucza bezpieczeństwa lub klucza dostępu, a konto nie ma jeszcze żadnego: należy się wylogować, zalogować ponownie i zaraz po zalogowaniu zarejestrować klucz.

## Kto widzi które części sprawy.
form-field-role-unknown = Proszę wybrać jedną z wymienionych ról.
form-field-group-unknown = Proszę wybrać jedną z wymienionych części sprawy.
form-field-level-unknown = Proszę wybrać: „ukryte”, „wyświetlanie” lub „wyświetlanie i edycja”.

## Regiony danych.
form-region-not-configured = { $region } nie jest skonfigurowanym regionem; proszę wybrać jeden z następujących: { $regions }.
form-region-already-placed = Ten wniosek znajduje się już w regionie { $region }, w którym przechowywane są jego pliki.

## Pliki wydań danych i raporty przejrzystości.
form-file-name-missing = Proszę nadać plikowi nazwę (np. account-export.zip).
form-file-name-too-long = Nazwa pliku może mieć maksymalnie 255 bajtów.
form-production-file-too-large = Pojedynczy plik może mieć maksymalnie 256 TiB; proszę podzielić go na kilka plików.
form-period-not-begun = Proszę wybrać okres, który już się rozpoczął.
