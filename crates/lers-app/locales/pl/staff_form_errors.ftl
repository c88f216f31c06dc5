## Problems with the response team's forms: the review checklist, the call-back
## record and the decision.

form-review-unanswered = Proszę odpowiedzieć na to pytanie.
form-review-note-needed = Proszę opisać problem w notatce.
form-review-answered-twice = Proszę udzielić na to pytanie tylko jednej odpowiedzi.
form-callback-phone-missing = Proszę podać numer, pod który Pan/Pani dzwonił(a).
form-callback-source-missing = Proszę wskazać, skąd pochodzi numer (np. opublikowany numer centrali organu).
form-callback-result-missing = Proszę wybrać wynik rozmowy.
form-decision-missing = Proszę wybrać decyzję.
form-decision-reasons-missing = Proszę wybrać co najmniej jeden powód; wnioskodawca zostanie o nim poinformowany.
form-decision-note-missing = Proszę wskazać, jakie informacje są potrzebne.
form-decision-scope-missing = W przypadku częściowego zatwierdzenia proszę wybrać identyfikatory i rodzaje danych do wydania.
form-decision-code-missing = Zatwierdzenie ujawnienia wymaga aktualnego kodu z aplikacji uwierzytelniającej.

## The EU non-execution notice (Form 3).
form-form3-reasons-missing = Proszę wybrać co najmniej jeden powód, dla którego nakazu nie można wykonać.
form-form3-explanation-missing = Proszę w kilku zdaniach wyjaśnić powody organowi wydającemu.
form-form3-foreign-law-missing = W przypadku kolizji przepisów proszę wskazać właściwe prawo państwa trzeciego (państwo, akt i przepis).
form-what-explanation = Wyjaśnienie
form-what-foreign-law = Prawo obce

## Intake of a request that arrived by another channel, and its sent-on record.
form-what-requester-name = Imię i nazwisko wnioskodawcy
form-what-agency = Organ
form-what-email-address = Adres e-mail
form-what-phone-number = Numer telefonu
form-what-how-sent = Sposób wysyłki
form-what-time-received = Czas otrzymania
form-what-time-served = Czas doręczenia
form-what-summary = Streszczenie
form-intake-time-format = { $what }: proszę podać datę i godzinę w UTC, np. 2026-11-20 14:30.
form-intake-time-future = { $what } nie może przypadać w przyszłości; proszę sprawdzić datę i godzinę (UTC).
form-intake-requester-name-missing = Proszę podać imię i nazwisko wnioskodawcy w brzmieniu z dokumentu prawnego.
form-intake-agency-missing = Proszę podać organ składający wniosek.
form-intake-email-missing = Proszę podać służbowy adres e-mail wnioskodawcy (nazwisko@organ.gov); na ten adres trafią odpowiedzi i zaproszenia.
form-intake-country-missing = Proszę wybrać państwo wnioskodawcy.
form-intake-kind-missing = Proszę wybrać rodzaj wniosku.
form-intake-channel-missing = Proszę wybrać, jaką drogą wpłynął wniosek (poczta, faks, e-mail, osobiście, MLAT, doręczenie sądowe lub zdecentralizowany system informatyczny UE).
form-intake-legal-entity-missing = Proszę wybrać podmiot prawny, któremu doręczono wniosek (listę ustala LERS_INTAKE_LEGAL_ENTITIES).
form-intake-how-missing = Proszę podać sposób wysyłki (poczta, faks, kurier, osobiście).
form-intake-sent-on-missing = Proszę podać datę wysyłki w formacie RRRR-MM-DD.
form-intake-sent-on-future = Data wysyłki nie może przypadać w przyszłości.
form-intake-summary-missing = Proszę streścić, co zostało wysłane (maksymalnie { $max } znaków).

## The agency directory (emergency call-backs) and notices to affected users.
form-agency-name-missing = Proszę podać nazwę organu (maksymalnie 200 znaków).
form-agency-country-invalid = Proszę podać państwo organu jako dwuliterowy kod, np. US lub GB.
form-agency-domains-missing = Proszę podać domenę (domeny) poczty e-mail organu, np. abilenetx.gov.
form-agency-domain-invalid = { $domain } nie jest domeną poczty e-mail; proszę zapisać ją jak abilenetx.gov.
form-agency-switchboard-missing = Proszę podać numer centrali organu.
form-agency-switchboard-too-long = Numer telefonu może mieć maksymalnie 64 znaki.
form-agency-switchboard-invalid = To nie jest numer telefonu; proszę zapisać go z numerem kierunkowym kraju (+1 325 676 6600), w formie krajowej (0 20 7946 0000) lub jako tel:+13256766600;ext=12.
form-agency-time-zone-invalid = Proszę podać strefę czasową IANA, np. America/Chicago lub Europe/London.
form-agency-source-missing = Proszę wskazać, gdzie zweryfikowano numer (np. strona internetowa organu, potwierdzone telefonicznie).
form-agency-verified-on-invalid = Proszę podać datę weryfikacji numeru, np. 2026-11-01.
form-agency-control-characters = Proszę usunąć znaki sterujące i wpisać dane ponownie.
form-notice-target-unknown = Ten identyfikator nie jest częścią wniosku.
form-notice-exemption-missing = Proszę wybrać mające zastosowanie wyłączenie.
form-notice-choice-missing = Proszę wybrać, co stanie się z zawiadomieniem.
form-notice-order-until-invalid = Proszę podać nową datę zakończenia nakazu, np. 2027-05-31.
form-notice-hold-reason-missing = Proszę zapisać, dlaczego zawiadomienie zostało wstrzymane.
