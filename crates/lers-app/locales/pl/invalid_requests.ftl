## What was sent cannot be acted on: a link that no longer works, a form that could
## not be read, a choice the page did not offer.

## Links sent by email.
form-link-unknown = Ten link jest nieprawidłowy. Prosimy poprosić o nowy.
form-link-expired = Ten link wygasł. Prosimy poprosić o nowy.
form-link-used = Ten link został już wykorzystany. Prosimy się zalogować lub poprosić o nowy link.
form-link-revoked = Ten link już nie działa: wysłano nowszy link albo konto zostało w międzyczasie zweryfikowane lub zmienione. Prosimy użyć najnowszego otrzymanego linku lub się zalogować.
form-enrollment-reload = Prosimy odświeżyć stronę, aby otrzymać kod konfiguracyjny.

## Forms and choices.
form-unreadable = Nie udało się odczytać formularza. Prosimy odświeżyć stronę i wysłać go ponownie.
form-incomplete = Formularz jest niekompletny lub zawiera wartość, której strona nie oferuje. Prosimy odświeżyć stronę i wypełnić formularz ponownie.
form-choose-request-kind = Prosimy wybrać rodzaj wniosku.
form-choose-eu-form = Prosimy wybrać formularz 5 lub formularz 6.
form-choose-language = LERS nie obsługuje języka „{ $language }”. Prosimy wybrać jeden z następujących: { $languages }.
form-choose-key-policy = Prosimy wybrać jedno z ustawień bezpieczeństwa logowania dostępnych na stronie.
form-choose-key-policy-decision = Prosimy zatwierdzić lub odrzucić oczekującą zmianę jednym z przycisków na stronie.
form-choose-account-status = Prosimy wybrać jeden ze statusów konta dostępnych na stronie.

## Uploads.
form-upload-offset-missing = Prosimy podać w nagłówku Upload-Offset pozycję bajtu, od której zaczyna się ta część.
form-multipart-unreadable = Nie udało się odczytać przesyłanego pliku. Prosimy wysłać go ponownie jako multipart/form-data.
form-upload-file-field-missing = Prosimy przesłać plik PDF w polu multipart o nazwie „file”.

## Signing in: one answer for a wrong address, password or code, so that it does not
## tell an attacker which part was right.
form-login-invalid = Adres e-mail, hasło lub kod są nieprawidłowe. Każdy kod działa tylko raz: jeśli właśnie użyto kodu, prosimy poczekać na następny.
form-login-locked = To konto zostało zablokowane po zbyt wielu nieudanych próbach. Prosimy zwrócić się do zespołu obsługi wniosków dostawcy o jego odblokowanie.
form-login-disabled = To konto jest wyłączone. Prosimy skontaktować się z zespołem obsługi wniosków dostawcy.
form-login-disabled-inactive = To konto zostało wyłączone, ponieważ nie było używane przez 90 dni. Prosimy zwrócić się do zespołu obsługi wniosków dostawcy o jego ponowne włączenie.
form-login-domain-not-admitted = Domena Państwa jednostki nie jest już dopuszczona; prosimy skontaktować się z dostawcą.
form-login-throttled = Zbyt wiele nieudanych prób z Państwa sieci. Prosimy odczekać 15 minut i spróbować ponownie.
