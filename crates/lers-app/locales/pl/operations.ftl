# Ograniczanie obciążenia i limity liczby żądań (odpowiedzi udzielane zamiast obsłużenia żądania).
operations-busy = LERS jest obecnie przeciążony i nie przetworzył tego żądania. Prosimy spróbować ponownie za { $seconds } s. Wnioski w nagłych przypadkach są zawsze przyjmowane.
operations-token-rate = Ten token API wysłał zbyt wiele żądań. Niczego nie przetworzono; prosimy spróbować ponownie za { $seconds } s.
operations-address-rate = Z Państwa adresu wysłano zbyt wiele żądań API. Niczego nie przetworzono; prosimy spróbować ponownie za { $seconds } s.
operations-address-busy = Żądania logowania z Państwa adresu są już w toku. Niczego nie przetworzono; prosimy spróbować ponownie za { $seconds } s.
