# Was LERS über HI-1 (ETSI TS 103 120) an den Endpunkt zurückgesendet hat, von dem eine Anordnung kam:
# der Bereich auf der Konsolenseite des Ersuchens.
hi1-outbound-title = Nachrichten an das System der Anordnungsbehörde (HI-1)
hi1-outbound-intro = Statusänderungen, Antworten mit Formular 3 und Übermittlungen werden an die Benachrichtigungs-URL des Endpunkts gesendet und so lange wiederholt, bis er sie annimmt.
hi1-outbound-col-created = Gespeichert
hi1-outbound-col-about = Betreff
hi1-outbound-col-state = Zustand
hi1-outbound-col-attempts = Versuche
hi1-outbound-col-detail = Details
hi1-outbound-state-queued = In Warteschlange
hi1-outbound-state-delivered = Zugestellt
hi1-outbound-state-failing = Noch nicht zugestellt
hi1-outbound-delivered-at = angenommen am { $at }
hi1-outbound-transaction = Transaktion { $id }
