# Rejestracja wpływu: wnioski otrzymane poza portalem, wnioskodawcy zewnętrzni, import z poprzedniego systemu.

intake-title = Rejestracja wpływu
intake-card-text = Rejestracja wniosków otrzymanych pocztą, faksem, e-mailem, osobiście, w trybie MLAT, przez doręczenie sądowe lub za pośrednictwem zdecentralizowanego systemu informatycznego UE.
intake-lead = Należy zapisać, w jaki sposób i kiedy wniosek do nas wpłynął oraz kto go przesłał, a następnie uzupełnić go w formularzu wniosku, dołączyć skan dokumentu stanowiącego podstawę prawną i zarejestrować go. Terminy biegną od chwili otrzymania.
intake-drafts-title = Przyjęte, jeszcze niezarejestrowane
intake-drafts-none = Brak wniosków oczekujących na rejestrację.
intake-new-title = Przyjęcie wniosku
intake-section-arrival = Sposób i data wpływu
intake-section-requester = Wnioskodawca wskazany w dokumencie stanowiącym podstawę prawną
intake-choose = Wybierz…
intake-col-request = Wniosek
intake-col-channel = Kanał
intake-col-requester = Wnioskodawca
intake-field-received = Data otrzymania (UTC)
intake-field-served = Data doręczenia (UTC)
intake-time-hint = Data i godzina w UTC, np. 2026-11-20 14:30.
intake-field-entity = Adresat doręczenia
intake-field-name = Imię i nazwisko
intake-field-agency = Jednostka
intake-field-email = Służbowy adres e-mail
intake-email-hint = Na ten adres wysyłane są odpowiedzi i zaproszenie do portalu, bez treści sprawy.
intake-field-phone = Telefon
intake-field-country = Państwo
intake-open = Przejdź do formularza wniosku
intake-draft-heading = Przyjęty wniosek
intake-received-short = otrzymano
intake-case-link = zapis przyjęcia
intake-requester-external = Wnioskodawca zewnętrzny (bez konta w portalu)
intake-requester-linked = Powiązano z kontem wnioskodawcy w portalu w dniu
intake-requester-portal = Konto w portalu
intake-invited-at = zaproszono
intake-taken-by = Przyjął/przyjęła
intake-source = Zaimportowano z poprzedniej kolejki jako
intake-scan-title = Skan dokumentu stanowiącego podstawę prawną
intake-edit = Edytuj wniosek
intake-edit-back = Wróć do zapisu przyjęcia
intake-register = Zarejestruj wniosek
intake-registered = Zarejestrowano pod sygnaturą { $reference }; wniosek znajduje się w kolejce.
intake-open-case = Otwórz sprawę w konsoli
intake-invite = Zaproś wnioskodawcę do portalu
intake-invited = Wnioskodawca został zaproszony do portalu.
intake-paper-title = Odpowiedzi wysłane w formie papierowej
intake-paper-help = Należy zapisać, co zostało wysłane poza systemem LERS (pocztą, faksem lub doręczone osobiście); wpis pojawi się w przebiegu wniosku.
intake-paper-how = Sposób wysłania
intake-paper-sent-on = Data wysłania
intake-paper-summary = Co wysłano
intake-paper-record = Zapisz odpowiedź
intake-paper-recorded = Odpowiedź wysłana w formie papierowej została dodana do przebiegu.

intake-channel-portal = Portal
intake-channel-api = API
intake-channel-post = Poczta
intake-channel-fax = Faks
intake-channel-email = E-mail
intake-channel-in_person = Osobiście
intake-channel-mlat = MLAT lub umowa międzynarodowa
intake-channel-court_service = Doręczenie sądowe
intake-channel-eu_decentralised_it = Zdecentralizowany system informatyczny UE

mail-intake-invite-subject = { $service }: zaproszenie do śledzenia wniosku online
mail-intake-invite-body =
    Dzień dobry, { $name },

    otrzymaliśmy od Pana/Pani wniosek i wprowadziliśmy go do systemu { $service }, naszego systemu obsługi wniosków organów ścigania. Jego przebieg można śledzić online: wystarczy zarejestrować się przy użyciu tego samego adresu e-mail pod adresem

    { $link }

    Po potwierdzeniu adresu wniosek pojawi się na Pana/Pani koncie.

    { $service }
intake-account-external = wnioskodawca zewnętrzny

# Wpis w przebiegu wniosku dotyczący odpowiedzi wysłanej przez personel w formie papierowej.
timeline-paper_reply = Odpowiedź wysłana w formie papierowej
