## Klucze dostępu i klucze bezpieczeństwa (WebAuthn)

passkey-working = Należy postępować zgodnie z instrukcjami przeglądarki lub klucza bezpieczeństwa…
passkey-cancelled = Klucz nie został użyty: operację anulowano lub upłynął limit czasu. Należy spróbować ponownie.
passkey-unavailable = Ta przeglądarka nie obsługuje kluczy dostępu ani kluczy bezpieczeństwa (WebAuthn jest niedostępny lub strona nie jest udostępniana przez HTTPS). Należy użyć aktualnej przeglądarki albo zalogować się hasłem i kodem.
passkey-needs-script = Klucze dostępu i klucze bezpieczeństwa wymagają włączonej obsługi JavaScriptu w przeglądarce. Można zamiast tego zalogować się hasłem i kodem.
passkey-sign-in-title = Logowanie kluczem dostępu
passkey-sign-in-lead = Należy użyć klucza dostępu lub klucza bezpieczeństwa zarejestrowanego dla konta. Odblokowanie go kodem PIN, odciskiem palca lub rozpoznawaniem twarzy zastępuje oba składniki: hasło i kod nie są potrzebne.
passkey-sign-in-button = Zaloguj kluczem dostępu
passkey-second-factor-button = Użyj klucza bezpieczeństwa zamiast kodu
passkey-second-factor-missing = Najpierw należy wpisać adres e-mail i hasło, a następnie użyć klucza.
passkey-step-up-button = Potwierdź kluczem bezpieczeństwa
passkey-step-up-done = Klucz został potwierdzony. Pole kodu należy pozostawić puste i kontynuować.
passkey-login-key-required = To konto musi logować się kluczem dostępu lub kluczem bezpieczeństwa: hasło i kod nie wystarczą. Należy użyć przycisku „Zaloguj kluczem dostępu” poniżej.

passkeys-title = Klucze dostępu i klucze bezpieczeństwa
passkeys-lead = Klucz dostępu lub klucz bezpieczeństwa umożliwia logowanie bez hasła i chroni przed phishingiem: działa wyłącznie w tej witrynie. Można zarejestrować kilka kluczy, np. jeden w komputerze, a zapasowy przy kluczach.
passkeys-manage-link = Klucze dostępu i klucze bezpieczeństwa
passkeys-enrolment-required = Organizacja wymaga logowania kluczem dostępu lub kluczem bezpieczeństwa. Należy teraz zarejestrować klucz; ta strona jest dostępna tylko przez kilka minut po zalogowaniu. Kolejne logowania odbywają się już kluczem.
passkeys-policy-applies = Organizacja wymaga logowania kluczem dostępu lub kluczem bezpieczeństwa, dlatego ostatniego klucza nie można usunąć.
passkeys-none = Nie zarejestrowano jeszcze żadnego klucza dostępu ani klucza bezpieczeństwa.
passkeys-caption = Zarejestrowane klucze dostępu i klucze bezpieczeństwa
passkeys-col-synced = Synchronizowany
passkeys-never-used = Nigdy nieużywany
passkeys-synced-yes = Tak (kopia zapasowa u dostawcy)
passkeys-synced-no = Nie (przechowywany tylko w urządzeniu)
passkeys-new-name = Nowa nazwa
passkeys-rename = Zmień nazwę
passkeys-remove = Usuń
passkeys-fresh-factor-hint = Dodanie, zmiana nazwy lub usunięcie klucza wymaga świeżego potwierdzenia drugim składnikiem: bieżącego kodu albo klucza lub kodu potwierdzonego w ciągu ostatnich 5 minut.
passkeys-add-title = Dodaj klucz dostępu lub klucz bezpieczeństwa
passkeys-name = Nazwa klucza
passkeys-name-hint = Nazwa pozwalająca odróżnić klucze, np. „Laptop służbowy” lub „Niebieski klucz”.
passkeys-code-hint = Bieżący kod z aplikacji uwierzytelniającej. Pole można pozostawić puste, jeśli kod lub klucz potwierdzono w ciągu ostatnich 5 minut.
passkeys-add = Dodaj klucz
passkey-registered = Klucz został dodany. Można już logować się przy jego użyciu.
passkey-renamed = Nazwa klucza została zmieniona.
passkey-removed = Klucz został usunięty. Nie umożliwia już logowania do tego konta.

passkey-error-no-relying-party = W tej instalacji nie można używać kluczy dostępu: jej adres publiczny nie jest dla nich prawidłowym adresem internetowym. Należy powiadomić zespół obsługi wniosków dostawcy.
passkey-error-challenge = Ta próba wygasła lub została już wykorzystana. Należy rozpocząć od nowa.
passkey-error-rejected = Nie udało się zweryfikować odpowiedzi klucza. Należy spróbować ponownie kluczem zarejestrowanym dla tego konta i odblokować go kodem PIN lub danymi biometrycznymi.
passkey-error-clone = Klucz został odrzucony: jego licznik użyć się cofnął, co może oznaczać, że został skopiowany. Próbę odnotowano. Należy użyć innego klucza lub kodu i powiadomić zespół obsługi wniosków dostawcy.
passkey-error-unknown-key = Ten klucz nie jest tutaj zarejestrowany dla żadnego konta. Należy zalogować się hasłem i kodem, a następnie dodać klucz.
passkey-error-no-keys = Dla tego konta nie zarejestrowano klucza dostępu ani klucza bezpieczeństwa. Należy użyć kodu albo dodać klucz w sekcji „Klucze dostępu i klucze bezpieczeństwa”.
passkey-error-already-registered = Ten klucz jest już zarejestrowany.
passkey-error-too-many = To konto ma już maksymalną dozwoloną liczbę kluczy (20). Przed dodaniem kolejnego należy usunąć jeden z nich.
passkey-error-name-empty = Należy nadać kluczowi nazwę.
passkey-error-name-long = Nazwa może mieć najwyżej 60 znaków.
passkey-error-name-characters = Nazwa nie może zawierać podziałów wiersza ani niewidocznych znaków sterujących.
passkey-error-fresh-factor = Ta czynność wymaga świeżego potwierdzenia drugim składnikiem: należy wpisać bieżący kod z aplikacji uwierzytelniającej lub najpierw potwierdzić kluczem bezpieczeństwa.
passkey-error-last-key = To ostatni klucz, a organizacja wymaga posiadania klucza: przed usunięciem tego należy dodać inny.
passkey-error-account = Logowanie na to konto nie jest obecnie możliwe (konto jest zablokowane lub wyłączone albo jego domena nie jest już dopuszczona). Należy skontaktować się z zespołem obsługi wniosków dostawcy.
passkey-error-throttled = Zbyt wiele nieudanych prób z tej sieci. Należy odczekać 15 minut i spróbować ponownie.
passkey-error-internal = Wystąpił błąd po naszej stronie. Należy spróbować ponownie, a jeśli błąd się powtarza – powiadomić dostawcę.

passkey-policy-title = Bezpieczeństwo logowania
passkey-policy-lead = Kto musi logować się kluczem dostępu lub kluczem bezpieczeństwa. Osoby objęte tą regułą nie mogą już logować się hasłem i kodem; kto nie ma jeszcze klucza, rejestruje go bezpośrednio po najbliższym zalogowaniu hasłem i kodem.
passkey-policy-link = Bezpieczeństwo logowania: klucze dostępu i klucze bezpieczeństwa
passkey-policy-legend = Klucze dostępu lub klucze bezpieczeństwa są wymagane od
passkey-policy-save = Zapisz
passkey-policy-saved = Reguła logowania została zapisana.
passkey-policy-nobody = Nikogo (dobrowolne dla wszystkich)
passkey-policy-approvers = Pracowników z rolą zatwierdzającego
passkey-policy-all_staff = Wszystkich pracowników
passkey-policy-everyone = Wszystkich, również wnioskujących
passkey-policy-four-eyes = Objęcie wymogiem klucza większej liczby osób obowiązuje od razu. Zwolnienie z niego części osób odbiera im ochronę, dlatego wymaga zatwierdzenia przez drugiego administratora.
passkey-policy-proposed = Zmiana łagodzi regułę, dlatego oczekuje na tej stronie na zatwierdzenie przez drugiego administratora; jeśli nikt jej nie zatwierdzi w ciągu 72 godzin, wygaśnie. Do czasu zatwierdzenia obowiązuje dotychczasowa reguła.
passkey-policy-pending = { $name } proponuje, aby klucze były wymagane wyłącznie od: { $policy }. Zaproponowano { $at }; propozycja wygasa { $expires }.
passkey-policy-own-proposal = To Pan/Pani zaproponował(a) tę zmianę, więc musi ją zatwierdzić inny administrator. Propozycję można wycofać.
passkey-policy-withdraw = Wycofaj moją propozycję
passkey-policy-approved = Zmiana została zatwierdzona i obowiązuje od teraz.
passkey-policy-rejected = Propozycja została odrzucona; obowiązująca reguła pozostaje bez zmian.

# Mail to the owner when a key is added or removed (a stolen session must not add one unnoticed).
mail-key-added-subject = { $service }: do Państwa konta dodano klucz bezpieczeństwa
mail-key-added-body =
    Dzień dobry, { $name },

    { $at } do Państwa konta w { $service } dodano klucz bezpieczeństwa lub klucz dostępu „{ $key }”.

    Jeśli była to Państwa czynność, nie trzeba nic robić. W przeciwnym razie prosimy niezwłocznie się zalogować, usunąć klucz, zmienić hasło i powiadomić dostawcę:
    { $link }
mail-key-removed-subject = { $service }: z Państwa konta usunięto klucz bezpieczeństwa
mail-key-removed-body =
    Dzień dobry, { $name },

    { $at } z Państwa konta w { $service } usunięto klucz bezpieczeństwa lub klucz dostępu „{ $key }”.

    Jeśli była to Państwa czynność, nie trzeba nic robić. W przeciwnym razie prosimy niezwłocznie się zalogować, sprawdzić swoje klucze, zmienić hasło i powiadomić dostawcę:
    { $link }
mail-key-renamed-subject = { $service }: zmieniono nazwę klucza bezpieczeństwa na Państwa koncie
mail-key-renamed-body =
    Dzień dobry, { $name },

    { $at } na Państwa koncie w { $service } zmieniono nazwę klucza bezpieczeństwa lub klucza dostępu „{ $previous }” na „{ $key }”.

    Jeśli była to Państwa czynność, nie trzeba nic robić. W przeciwnym razie prosimy niezwłocznie się zalogować, sprawdzić swoje klucze, zmienić hasło i powiadomić dostawcę:
    { $link }
