## Konta: linki, zapomniane i zmienione hasła, profil, zmiana adresu e-mail, ograniczanie liczby prób

throttled-text = Zbyt wiele prób z Państwa sieci lub dla tego adresu. W celu ochrony skrzynek pocztowych funkcjonariuszy korzystanie z tego formularza jest ograniczone. Prosimy spróbować ponownie za { $minutes } min.

signup-resend-prompt = Wiadomość e-mail nie dotarła w ciągu kilku minut?
login-forgot = Zapomniane hasło?
login-resend = Nie otrzymano wiadomości weryfikacyjnej?

resend-title = Ponowne wysłanie linku weryfikacyjnego
resend-lead = Proszę podać adres użyty przy rejestracji. Jeżeli jest do niego przypisane jeszcze niezweryfikowane konto, wyślemy na niego nowy link; wcześniejsze linki przestaną działać.
resend-submit = Wyślij nowy link

forgot-title = Przypomnienie hasła
forgot-lead = Proszę podać adres e-mail konta. Jeżeli należy on do aktywnego konta, wyślemy na niego link do ustalenia nowego hasła. Link jest jednorazowy i ważny przez godzinę.
forgot-submit = Wyślij link do zresetowania hasła
forgot-sent-title = Prosimy sprawdzić pocztę e-mail
forgot-sent-text = Jeżeli adres należy do aktywnego konta, wysłaliśmy na niego link do ustalenia nowego hasła. Link jest jednorazowy i ważny przez godzinę; działa wyłącznie ostatni wysłany link.

reset-title = Ustalenie nowego hasła
reset-lead = Proszę ustalić nowe hasło dla adresu { $email }. Wszystkie sesje tego konta zostaną zakończone; następnie należy zalogować się nowym hasłem i kodem z aplikacji uwierzytelniającej.
reset-submit = Zapisz nowe hasło
reset-done-title = Hasło zostało zmienione
reset-done-text = Wszystkie sesje konta zostały zakończone. Prosimy zalogować się nowym hasłem i kodem z aplikacji uwierzytelniającej.

change-password-title = Zmiana hasła
change-password-lead = Zmianę należy potwierdzić bieżącym hasłem i bieżącym kodem z aplikacji uwierzytelniającej. Pozostałe sesje zostaną zakończone.
change-password-code-hint = Bieżący kod z aplikacji uwierzytelniającej; każdy kod działa tylko raz.
change-password-submit = Zmień hasło
change-password-done = Hasło zostało zmienione. Liczba sesji zakończonych na innych urządzeniach: { $sessions }.
field-current-password = Bieżące hasło

profile-title = Moje konto
profile-lead = Prosimy dbać o aktualność danych. Są one sprawdzane w taki sam sposób jak przy rejestracji.
profile-email-hint = Adres e-mail identyfikuje konto i nie można go tutaj zmienić. Aby przenieść konto na nowy adres, należy zwrócić się do zespołu obsługi wniosków dostawcy: wyśle on link na nowy adres, a zmiana nastąpi po jego otwarciu.
profile-submit = Zapisz dane
profile-saved = Dane zostały zapisane.

email-change-title = Zmiana adresu e-mail konta
email-change-lead = { $name } używa adresu { $email }. Link zostanie wysłany na nowy adres; do czasu jego otwarcia nic się nie zmieni.
email-change-hint = W przypadku wnioskodawców nowy adres musi znajdować się na liście dozwolonych domen rządowych. Nie może on należeć do innego konta.
email-change-submit = Wyślij link na nowy adres
email-change-sent = Link potwierdzający dla { $name } został wysłany na adres { $email }. Adres zostanie zmieniony po otwarciu linku.
email-change-action = Zmień adres e-mail
field-new-email = Nowy adres e-mail

email-confirm-title = Potwierdzenie nowego adresu e-mail
email-confirm-lead = Czy ustawić { $email } jako adres konta?
email-confirm-submit = Potwierdź nowy adres
email-confirm-done-title = Adres e-mail został zmieniony
email-confirm-done-text = Konto używa teraz adresu { $email }. Od tej chwili należy logować się przy jego użyciu.

mail-reset-subject = { $service }: ustalenie nowego hasła
mail-reset-body =
    Dzień dobry, { $name },

    ktoś (zapewne Pan/Pani) złożył wniosek o zresetowanie hasła do konta w systemie { $service }.
    Aby ustalić nowe hasło, prosimy otworzyć ten link w ciągu godziny:

    { $link }

    Link jest jednorazowy i działa wyłącznie ostatni wysłany link. Logowanie nadal będzie
    wymagało kodu z aplikacji uwierzytelniającej. Jeżeli nie składał Pan/nie składała Pani
    takiego wniosku, prosimy zignorować tę wiadomość: hasło pozostaje bez zmian.
mail-email-change-subject = { $service }: potwierdzenie nowego adresu e-mail
mail-email-change-body =
    Dzień dobry, { $name },

    administrator systemu { $service } zlecił przeniesienie Pana/Pani konta na ten adres.
    Aby to potwierdzić, prosimy otworzyć ten link w ciągu 24 godzin:

    { $link }

    Do tego czasu nic się nie zmieni. Jeżeli nie spodziewał się Pan/nie spodziewała się Pani tej wiadomości, prosimy ją zignorować.
mail-email-changed-subject = { $service }: zmieniono adres e-mail konta
mail-email-changed-body =
    Dzień dobry, { $name },

    adres e-mail Pana/Pani konta w systemie { $service } został zmieniony na { $email }, a ten
    adres nie służy już do logowania. Jeżeli nie składał Pan/nie składała Pani takiego wniosku,
    prosimy niezwłocznie skontaktować się z zespołem obsługi wniosków dostawcy.
