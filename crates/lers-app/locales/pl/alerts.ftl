# Alarmy dyżurne w sprawach nagłych, grafiki dyżurów i webhooki (zgłoszenie 18 §1, §2).

## Strony i wiadomości e-mail (bez treści sprawy: sygnatura, rodzaj, termin, link)
alert-no-clock = nie ustalono terminu
alert-kind-emergency = Wniosek w trybie pilnym
alert-kind-emergency_epoc = Europejski nakaz wydania w nagłym przypadku
alert-summary = { $service }: { $kind } { $reference }, termin { $due }
alert-mail-subject = { $service }: sprawa nagła { $reference } wymaga potwierdzenia
alert-mail-body =
    Szanowni Państwo ({ $name }),

    Otrzymują Państwo alarm w sprawie { $reference } ({ $kind }), termin { $due } (poziom alarmu { $tier }).

    Prosimy zalogować się i potwierdzić przyjęcie alarmu pod poniższym adresem, aby nie trzeba było alarmować innych osób:
    { $link }

    Jeżeli nikt nie potwierdzi alarmu, zaalarmowany zostanie kolejny poziom.

## Panel i strona alarmu
alert-title = Alarm dyżurny
alert-raised = { $kind } { $reference }: alarm wszczęty { $at }.
alert-col-tier = Poziom
alert-col-paged = Zaalarmowano
alert-col-at = Kiedy
alert-tier-1 = Dyżurny
alert-tier-2 = Drugi poziom
alert-tier-3 = Wszyscy zatwierdzający
alert-waiting = Jeszcze niepotwierdzony: jeżeli nikt go nie potwierdzi, zaalarmowany zostanie kolejny poziom.
alert-ack-button = Potwierdź przyjęcie
alert-acknowledged-by = Przyjęcie potwierdził(a) { $name } ({ $at }).
alert-open-case = Otwórz { $reference } w konsoli
alert-acknowledged = Potwierdzili Państwo przyjęcie alarmu w sprawie { $reference }. Nikt inny nie zostanie zaalarmowany.
alert-already-acknowledged = Przyjęcie alarmu w sprawie { $reference } zostało już potwierdzone; niczego nie zmieniono.

## Grafiki dyżurów (administratorzy)
oncall-title = Dyżury
oncall-lead = Kto otrzymuje alarm po wpłynięciu sprawy nagłej i jakimi kanałami.
oncall-refused = Nie zapisano: { $reason }
rota-list-title = Grafiki dyżurów
rota-none = Nie ustalono żadnego grafiku: wszyscy weryfikujący i zatwierdzający otrzymują alarm pocztą e-mail.
rota-name = Nazwa
rota-when = Zmiana
rota-shift = { $days }, { $starts }–{ $ends } ({ $zone })
rota-regions = Regiony danych
rota-all-regions = Wszystkie regiony
rota-regions-hint = Regiony należy oddzielić przecinkami; puste pole oznacza wszystkie regiony. Grafik dla regionu ma pierwszeństwo przed grafikiem dla wszystkich regionów.
rota-primary = Dyżurny
rota-second = Drugi poziom
rota-no-second = Bez drugiego poziomu
rota-delete = Usuń
rota-add-title = Dodaj grafik
rota-time-zone = Strefa czasowa (nazwa IANA, np. Europe/Warsaw)
rota-days = Dni, w których zaczyna się zmiana
rota-day-mon = Poniedziałek
rota-day-tue = Wtorek
rota-day-wed = Środa
rota-day-thu = Czwartek
rota-day-fri = Piątek
rota-day-sat = Sobota
rota-day-sun = Niedziela
rota-starts = Początek
rota-ends = Koniec
rota-times-hint = Czas lokalny. Koniec wcześniejszy niż początek oznacza zmianę trwającą po północy; ta sama godzina w obu polach obejmuje cały dzień.
rota-add = Dodaj grafik
rota-saved = Grafik został zapisany.
rota-deleted = Grafik został usunięty.
rota-problem-name = Prosimy nadać grafikowi nazwę o długości najwyżej 120 znaków.
rota-problem-time-zone = Prosimy podać strefę czasową w postaci nazwy IANA, np. Europe/Warsaw lub America/New_York.
rota-problem-no-days = Prosimy zaznaczyć co najmniej jeden dzień.
rota-problem-day = Nie rozpoznano jednego z dni; prosimy zaznaczyć dni w formularzu.
rota-problem-time = Prosimy podać początek i koniec w formacie GG:MM (zegar 24-godzinny).
rota-problem-region = Prosimy podać nazwy regionów złożone z liter, cyfr i łączników, oddzielone przecinkami.
rota-problem-primary = Prosimy wybrać osobę pełniącą dyżur.
rota-problem-second = Drugim poziomem musi być inna osoba niż dyżurny.
rota-problem-not-responder = Dyżur mogą pełnić wyłącznie aktywni weryfikujący i zatwierdzający.
rota-problem-out-of-reach = Zasady dostępu do danych tej osoby nie obejmują wszystkich regionów grafiku (lub ograniczają ją do przydzielonych spraw); proszę wybrać osobę obejmującą wszystkie regiony albo zmienić regiony grafiku.

## Webhooki alarmów
webhook-mine-title = Moje webhooki alarmowe
webhook-mine-lead = Oprócz poczty e-mail alarmy mogą docierać do Państwa przez podpisany webhook, PagerDuty (Events API v2) lub Opsgenie. Alarmy nie zawierają treści sprawy.
webhook-format = Format
webhook-format-signed = Podpisany JSON (LERS)
webhook-format-pagerduty = PagerDuty Events API v2
webhook-format-opsgenie = Opsgenie Alert API
webhook-url = Adres (https)
webhook-key = Klucz routingu lub klucz API
webhook-key-hint = Dla PagerDuty klucz routingu integracji (adres: https://events.pagerduty.com/v2/enqueue); dla Opsgenie klucz integracji API (adres: https://api.opsgenie.com/v2/alerts lub api.eu.opsgenie.com). Dla podpisanego JSON pole należy pozostawić puste: LERS wygeneruje sekret podpisu.
webhook-add = Dodaj webhook
webhook-remove = Usuń
webhook-added = Webhook został dodany.
webhook-added-secret = Webhook został dodany. Jego sekret podpisu, wyświetlany tylko teraz:
webhook-removed = Webhook został usunięty.
webhook-format-unknown = Prosimy wybrać jeden z oferowanych formatów.
webhook-key-missing = Prosimy podać klucz routingu lub klucz API (najwyżej 200 znaków).
webhook-too-many = Ma Pan/Pani już { $max } webhooków, czyli maksymalną liczbę na osobę. Prosimy usunąć jeden przed dodaniem kolejnego.
webhook-url-unparsable = Prosimy podać pełny adres, np. https://alerts.example.org/lers.
webhook-url-not-https = Adres musi zaczynać się od https://.
webhook-url-credentials = Prosimy usunąć z adresu nazwę użytkownika i hasło; klucz wpisuje się w osobnym polu.
webhook-url-unresolvable = Nie znaleziono nazwy hosta z adresu; prosimy ją sprawdzić i spróbować ponownie.
webhook-url-forbidden = Adres prowadzi do sieci prywatnej, pętli zwrotnej lub sieci lokalnej łącza, do których LERS niczego nie wysyła. Prosimy użyć adresu publicznego albo poprosić administratora o dopuszczenie tej sieci.
