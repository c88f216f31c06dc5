# Powiadomienia dla pracowników i panel obciążenia pracą (zgłoszenie 18 §3, §5).

nav-notifications = Powiadomienia
nav-notifications-unread = Powiadomienia (nieprzeczytane: { $count })

notify-trigger-assigned = Przydzielono Państwu sprawę
notify-trigger-requester_replied = Wnioskodawca odpowiedział w Państwa sprawie
notify-trigger-clock_75 = Upłynęły trzy czwarte terminu na odpowiedź
notify-trigger-clock_breached = Termin na odpowiedź upłynął
notify-trigger-preservation_ending = Zabezpieczenie wygasa w ciągu siedmiu dni
notify-trigger-eu_form_arrived = Do europejskiego nakazu zabezpieczenia wpłynął formularz 6 (przedłużenie) lub formularz 5 (nakaz wydania w drodze)
notify-trigger-ea_window_ending = Termin organu egzekwującego na podniesienie podstaw odmowy upływa w ciągu doby
notify-trigger-approval_waiting = Na Państwa zatwierdzenie oczekuje sprawa

notifications-title = Powiadomienia
notifications-intro = Zdarzenia, które Państwa dotyczą: przydzielone sprawy, odpowiedzi wnioskodawców, terminy, wygasające zabezpieczenia i oczekujące zatwierdzenia. Sprawy po terminie i sprawy pilne są wyświetlane jako pierwsze.
notifications-empty = Nie mają Państwo żadnych powiadomień.
notifications-col-event = Zdarzenie
notifications-col-case = Sprawa
notifications-col-when = Czas (UTC)
notifications-col-state = Stan
notifications-unread = Nieprzeczytane
notifications-read = Przeczytane
notifications-urgent = Pilne
notifications-mark-read = Oznacz jako przeczytane
notifications-mark-all-read = Oznacz wszystkie jako przeczytane
notifications-settings-link = Wybierz, które powiadomienia i kiedy otrzymywać e-mailem

notifications-settings-title = Ustawienia powiadomień
notifications-settings-intro = Dla każdego rodzaju zdarzenia proszę wybrać, czy powiadomienie ma być wysyłane e-mailem od razu, czy w codziennym podsumowaniu. Każde powiadomienie jest też widoczne w konsoli. Wiadomości e-mail zawierają wyłącznie sygnaturę sprawy i rodzaj zdarzenia; sama sprawa otwiera się dopiero po zalogowaniu.
notifications-settings-always = Upływ terminu oraz każde zdarzenie dotyczące sprawy pilnej są zawsze zgłaszane e-mailem od razu.
notifications-delivery-immediately = E-mail od razu
notifications-delivery-digest = Codzienne podsumowanie
notifications-digest-hour = Godzina codziennego podsumowania ({ $zone })
notifications-digest-hour-invalid = Proszę wybrać godzinę od 0 do 23.
notifications-settings-save = Zapisz ustawienia
notifications-settings-saved = Ustawienia powiadomień zostały zapisane.

mail-notify-subject = { $service }: { $event } ({ $reference })
mail-notify-body =
    Dzień dobry { $name },

    { $event }: { $reference }

    Sprawę można otworzyć w konsoli (wymagane zalogowanie):
    { $link }

    Ta wiadomość nie zawiera treści sprawy. Wybór powiadomień otrzymywanych e-mailem oraz ich terminu:
    { $settings }
mail-digest-subject = { $service }: powiadomienia z dnia { $day }
mail-digest-body =
    Dzień dobry { $name },

    od ostatniego podsumowania:

    { $items }

    Powiadomienia w konsoli (wymagane zalogowanie):
    { $link }

    Ta wiadomość nie zawiera treści spraw. Wybór powiadomień otrzymywanych e-mailem oraz ich terminu:
    { $settings }
mail-digest-item = - { $event }: { $reference } ({ $link })

workload-title = Obciążenie pracą
workload-intro = Sprawy, do których mają Państwo dostęp: Państwa regiony, a jeśli dostęp jest do nich ograniczony, wyłącznie własne sprawy.
workload-open-by-status = Otwarte sprawy według statusu
workload-open-by-kind = Otwarte sprawy według rodzaju
workload-open-by-region = Otwarte sprawy według regionu
workload-col-status = Status
workload-col-kind = Rodzaj
workload-col-region = Region
workload-col-count = Otwarte sprawy
workload-empty = Brak otwartych spraw, do których mają Państwo dostęp.
workload-clocks-title = Terminy
workload-due-today = Termin dzisiaj ({ $zone })
workload-overdue = Po terminie
workload-emergencies-waiting = Sprawy pilne bez potwierdzenia i bez pierwszej czynności
workload-performance-title = Ostatnie { $days } dni
workload-performance-intro = Czas do pierwszej czynności: mediana czasu od wpływu do pierwszej oceny, decyzji, weryfikacji telefonicznej lub odpowiedzi. Rozstrzygnięte w terminie: sprawy zatwierdzone lub odrzucone przed upływem terminu, w stosunku do spraw rozstrzygniętych lub po terminie.
workload-chart-on-time = Sprawy przyjęte według rodzaju; zacieniowane: rozstrzygnięte w terminie
workload-col-received = Przyjęte
workload-col-first-action = Mediana czasu do pierwszej czynności
workload-col-on-time = Rozstrzygnięte w terminie
workload-minutes = { $minutes } min
workload-share = { $percent } % ({ $on_time } z { $settled })
workload-no-figure = jeszcze nieznane
