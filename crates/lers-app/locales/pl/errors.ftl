# Error pages (issue 17): what went wrong and what to do, for readers of every language.
error-not-found = Nie znaleziono tej strony. Adres może być błędny albo jej treść została usunięta lub nie jest dla Państwa dostępna.
error-forbidden = Państwa konto nie ma uprawnień do tej czynności. Jeśli powinno je mieć, prosimy zwrócić się do administratora dostawcy.
error-bad-request = Nie udało się przetworzyć żądania. Prosimy wrócić, sprawdzić wprowadzone dane i spróbować ponownie.
error-conflict = Nie można tego teraz zrobić: od załadowania strony sprawa uległa zmianie. Prosimy odświeżyć stronę, aby zobaczyć jej aktualny stan.
error-internal = Po naszej stronie wystąpił błąd. Prosimy spróbować ponownie, a jeśli błąd się powtórzy, poinformować dostawcę.
error-integrity = Przechowywany plik nie przeszedł kontroli integralności, dlatego niczego nie przekazano. Dostawca został powiadomiony.
error-gone = Ten zasób nie jest już dostępny, na przykład pobieranie, którego termin upłynął.
error-unavailable = Usługa nie może teraz tego wykonać. Nic z przesłanych danych nie zostało utracone; prosimy spróbować ponownie za chwilę.
error-audit-refusing = Dziennik audytu nie może teraz rejestrować działań, dlatego tego nie wykonano. Administratorzy dostawcy muszą najpierw sprawdzić dziennik; prosimy spróbować ponownie później.
error-csrf = Formularz wygasł lub pochodzi z innej witryny. Prosimy odświeżyć stronę i spróbować ponownie.
error-domain-not-admitted = Domena Państwa organu nie jest już dopuszczona. Prosimy o kontakt z dostawcą.
error-sign-in = Aby kontynuować, prosimy się zalogować.
