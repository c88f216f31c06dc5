# Lastabwurf und Ratenbegrenzung (Antworten, die anstelle der Bearbeitung einer Anfrage gegeben werden).
operations-busy = LERS ist derzeit ausgelastet und hat diese Anfrage nicht bearbeitet. Versuchen Sie es in { $seconds } Sekunden erneut. Notfallersuchen werden immer angenommen.
operations-token-rate = Dieses API-Token hat zu viele Anfragen gesendet. Es wurde nichts bearbeitet; versuchen Sie es in { $seconds } Sekunden erneut.
operations-address-rate = Von Ihrer Adresse kamen zu viele API-Anfragen. Es wurde nichts bearbeitet; versuchen Sie es in { $seconds } Sekunden erneut.
operations-address-busy = Von Ihrer Adresse werden bereits Anmeldeanfragen bearbeitet. Es wurde nichts bearbeitet; versuchen Sie es in { $seconds } Sekunden erneut.
