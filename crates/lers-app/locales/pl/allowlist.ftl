domains-builtin-title = Wbudowana lista domen .gov (USA)
domains-builtin-status = LERS zawiera listę zarejestrowanych domen .gov w USA prowadzoną przez CISA i wczytał ją przy pierwszym uruchomieniu: rejestrację umożliwia { $enabled } z { $total } wpisów. Wyłączenie listy blokuje rejestrację z tych domen; poszczególne wpisy można nadal przełączać poniżej.
domains-builtin-disable = Wyłącz całą wbudowaną listę
domains-builtin-enable = Włącz ponownie wbudowaną listę
domains-builtin-disabled = Wyłączono wpisy z wbudowanej listy (liczba: { $count }).
domains-builtin-enabled = Ponownie włączono wpisy z wbudowanej listy (liczba: { $count }); wpisy wyłączone pojedynczo pozostają wyłączone.
