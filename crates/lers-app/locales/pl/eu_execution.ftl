# Wykonywanie nakazów UE (rozporządzenie (UE) 2023/1543): wstrzymanie do decyzji organu egzekwującego (EA),
# formularz 3 „niemożność wykonania”, powiadomienie użytkownika – w konsoli i na stronie wnioskodawcy.

eu-panel-title = Nakaz UE: wykonanie
eu-kind-epoc = Europejski nakaz wydania (EPOC)
eu-kind-epoc_pr = Europejski nakaz zabezpieczenia (EPOC-PR)
eu-ea-notified = Powiadomiony organ egzekwujący: { $authority }

eu-release-label = Zwolnienie danych:
eu-release-not_held = bez wstrzymania (nie powiadomiono organu egzekwującego)
eu-release-held = wstrzymane do { $until } (termin dla organu egzekwującego)
eu-release-emergency_provisional = nagły przypadek: dane można wydać od razu; organ egzekwujący może jeszcze odmówić do { $until }
eu-release-released = zwolnione
eu-release-refused = odmowa organu egzekwującego; dane nigdy nie zostaną zwolnione
eu-release-already-sent = Dane zostały już przesłane: organ wydający został poinformowany o obowiązku ich usunięcia lub ograniczenia ich wykorzystania.

eu-decision-no_grounds = Brak podstaw odmowy
eu-decision-partial_grounds = Częściowe podstawy odmowy
eu-decision-full_refusal = Odmowa organu egzekwującego
eu-ground-immunities_or_privileges = Immunitety lub przywileje albo przepisy dotyczące wolności prasy i wolności wypowiedzi (Art 12(1)(a))
eu-ground-fundamental_rights = Oczywiste naruszenie prawa podstawowego (Art 12(1)(b))
eu-ground-ne_bis_in_idem = Ne bis in idem (Art 12(1)(c))
eu-ground-dual_criminality = Czyn niestanowiący przestępstwa w państwie egzekwującym (Art 12(1)(d))
eu-field-ea-decision = Decyzja organu egzekwującego
eu-field-ea-ground = Podstawa odmowy (Art 12)
eu-field-ea-data = Dane objęte podstawami odmowy
eu-field-ea-data-hint = Tylko w przypadku częściowych podstaw odmowy: które dane nie mogą zostać zwolnione.
eu-ea-submit = Zapisz decyzję
eu-ea-decision-recorded = Decyzja organu egzekwującego została zapisana.
eu-ea-refused-already-sent-message =
    Organ egzekwujący odmówił wykonania tego nakazu ({ $ground }).
    Dane zostały już Państwu wydane w trybie nagłym (Art 10(4)): zgodnie z wymogami rozporządzenia należy je usunąć lub ograniczyć ich wykorzystanie.

eu-form3-title = Niemożność wykonania (formularz 3)
eu-form3-when = Odpowiedzi na formularzu 3 można udzielić, gdy nakaz jest rozpatrywany, po wypełnieniu całej listy kontrolnej oceny.
eu-form3-answered = Odpowiedź na formularzu 3 udzielona w dniu { $at }
eu-form3-pdf-link = Pobierz formularz 3 (PDF)
eu-form3-sent-to-ea = Przesłano do organu egzekwującego ({ $email }) w dniu { $at }.
eu-form3-ea-unsent = Jeszcze nie doręczono do organu egzekwującego ({ $email }). Jeśli serwer pocztowy nie mógł przyjąć wiadomości, jest ona ponawiana przez trzy dni i odnotowana tutaj po wysłaniu; w przeciwnym razie wyślij organowi plik PDF formularza 3 samodzielnie.
eu-field-form3-reasons = Przyczyny
eu-field-form3-explanation = Wyjaśnienie dla organu wydającego
eu-field-form3-foreign-law = Właściwe prawo obce
eu-field-form3-foreign-law-hint = Wymagane w przypadku kolizji przepisów: państwo trzecie, akt prawny i przepis.
eu-form3-submit = Odpowiedz na formularzu 3 (odmowa wykonania nakazu)
eu-form3-recorded = Odpowiedź na formularzu 3 została zapisana i wysłana.
eu-form3-reason-incomplete = Zaświadczenie jest niekompletne
eu-form3-reason-manifest_errors = Zaświadczenie zawiera oczywiste błędy
eu-form3-reason-insufficient_information = Zaświadczenie nie zawiera wystarczających informacji
eu-form3-reason-data_not_held = Dostawca nie przechowuje żądanych danych
eu-form3-reason-de_facto_impossibility = Faktyczna niemożność niewynikająca z winy dostawcy
eu-form3-reason-invalid_issuing_authority = Nakaz nie został wydany ani zatwierdzony przez właściwy organ
eu-form3-reason-offence_not_covered = Przestępstwo nie jest objęte zakresem rozporządzenia
eu-form3-reason-service_not_covered = Usługa nie jest objęta zakresem rozporządzenia
eu-form3-reason-immunities_or_privileges = Dane są chronione immunitetami lub przywilejami
eu-form3-reason-conflict_of_law = Wykonanie nakazu byłoby sprzeczne z prawem państwa trzeciego
eu-form3-message =
    Formularz 3: dostawca nie może wykonać tego nakazu.
    Przyczyny: { $reasons }
    Wyjaśnienie: { $explanation }
    Formularz 3 można pobrać w formacie PDF ze strony tego wniosku.
eu-form3-ea-mail-subject = { $service }: odpowiedź na formularzu 3 na nakaz UE { $reference }
eu-form3-ea-mail-body =
    Szanowni Państwo,

    { $service } udzielił odpowiedzi na formularzu 3 (informacja o niemożności wykonania nakazu) na nakaz UE zarejestrowany pod sygnaturą { $reference }, w którym wskazano Państwa jako organ egzekwujący.
    Ze względów bezpieczeństwa nie zamieszczamy tu treści odpowiedzi. Otrzymał ją organ wydający; w celu uzyskania kopii prosimy o kontakt z zespołem obsługi wniosków dostawcy z powołaniem się na sygnaturę { $reference }.

eu-form3-pdf-title = Formularz 3 (załącznik III do rozporządzenia (UE) 2023/1543): informacja o niemożności wykonania nakazu
eu-form3-pdf-provider = Dostawca usług: { $service }
eu-form3-pdf-reference = Sygnatura dostawcy: { $reference }
eu-form3-pdf-order = Nakaz: { $kind }, sygnatura akt organu wydającego: { $file }
eu-form3-pdf-authority = Organ wydający: { $name } ({ $state })
eu-form3-pdf-answered = Data odpowiedzi: { $at }
eu-form3-pdf-reasons = Przyczyny:
eu-form3-pdf-explanation = Wyjaśnienie:
eu-form3-pdf-foreign-law = Właściwe prawo obce:
eu-form3-pdf-ea = Powiadomiony organ egzekwujący: { $name }

eu-notice-title = Informowanie użytkownika (Art 13)
eu-notice-restriction-not_restricted = Organ wydający nie ogranicza informowania użytkownika: obowiązują zasady powiadamiania stosowane przez dostawcę.
eu-notice-restriction-delayed_until = Organ wydający zażądał, aby nie informować użytkownika przed upływem dnia { $until }.
eu-notice-restriction-until_authority_lifts = Organ wydający zażądał, aby nie informować użytkownika do czasu jego decyzji: powiadomienie nie jest wysyłane (nie stanowi to podstawy do zakwestionowania).
eu-notice-was-lifted = Organ wydający uchylił swoje ograniczenie.
eu-notice-lift-submit = Organ wydający uchylił ograniczenie
eu-notice-lifted = Zapisano, że organ wydający uchylił swoje ograniczenie; zaplanowane powiadomienia: { $count }.
notice-state-awaiting_authority = wstrzymane do czasu uchylenia ograniczenia przez organ wydający

eu-report-caption = Europejskie nakazy wydania i europejskie nakazy zabezpieczenia (rozporządzenie (UE) 2023/1543) według wydającego państwa członkowskiego
eu-report-member-state = Wydające państwo członkowskie
eu-report-type = Rodzaj nakazu
eu-report-type-epoc = EPOC
eu-report-type-emergency_epoc = EPOC w nagłym przypadku
eu-report-type-epoc_pr = EPOC-PR
eu-report-orders = Nakazy
eu-report-ea-refusals = Odmowy organu egzekwującego
eu-report-form3 = Odpowiedzi na formularzu 3
eu-report-csv = Nakazy UE (CSV)

## The timeline of an EU order: the enforcing authority's decision, a moved deadline.
timeline-eu-ea-no_grounds = Organ wykonujący nie stwierdził podstaw odmowy: dane zostają wydane.
timeline-eu-ea-partial_grounds = Organ wykonujący stwierdził częściowe podstawy odmowy — { $ground }. Produkcje przekazane wcześniej pozostają wstrzymane; nowa, bez danych objętych tymi podstawami, zostaje wydana.
timeline-eu-ea-full_refusal = Organ wykonujący odmówił — { $ground }. Dane nigdy nie zostaną wydane.
timeline-eu-ea-full_refusal-sent = Organ wykonujący odmówił — { $ground }. Dane zostały już przekazane: organ wydający musi je usunąć lub ograniczyć ich wykorzystanie.
timeline-eu-deadline-earlier = Organ wydający zażądał wcześniejszego ujawnienia, do { $due } (poprzednio { $previous }), z następujących powodów: { $reason }
timeline-eu-deadline-later = Organ wydający wyznaczył nowy termin ujawnienia: { $due } (poprzednio { $previous }).
timeline-eu-deadline-beyond = Termin ten przypada po terminie określonym w rozporządzeniu, { $limit }.
timeline-eu_ea_decision = Decyzja organu wykonującego
timeline-eu_deadline_moved = Termin ujawnienia zmieniony przez organ wydający
