# Co LERS odesłał przez HI-1 (ETSI TS 103 120) do punktu końcowego, z którego pochodzi nakaz:
# panel na stronie wniosku w konsoli.
hi1-outbound-title = Wiadomości do systemu organu wydającego (HI-1)
hi1-outbound-intro = Zmiany statusu, odpowiedzi na formularzu 3 i przekazania danych są wysyłane na adres URL powiadomień punktu końcowego i ponawiane do skutku.
hi1-outbound-col-created = Zapisano
hi1-outbound-col-about = Dotyczy
hi1-outbound-col-state = Stan
hi1-outbound-col-attempts = Próby
hi1-outbound-col-detail = Szczegóły
hi1-outbound-state-queued = W kolejce
hi1-outbound-state-delivered = Dostarczono
hi1-outbound-state-failing = Jeszcze niedostarczono
hi1-outbound-delivered-at = przyjęto { $at }
hi1-outbound-transaction = Transakcja { $id }
