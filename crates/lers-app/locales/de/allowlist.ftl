domains-builtin-title = Integrierte US-.gov-Liste
domains-builtin-status = LERS enthält die Liste der registrierten US-.gov-Domains der CISA und hat sie beim ersten Start geladen: { $enabled } ihrer { $total } Einträge lassen Registrierungen zu. Wird die Liste deaktiviert, sind Registrierungen von diesen Domains nicht mehr möglich; einzelne Einträge können weiterhin unten umgeschaltet werden.
domains-builtin-disable = Gesamte integrierte Liste deaktivieren
domains-builtin-enable = Integrierte Liste wieder aktivieren
domains-builtin-disabled = { $count } Einträge der integrierten Liste wurden deaktiviert.
domains-builtin-enabled = { $count } Einträge der integrierten Liste wurden wieder aktiviert; einzeln deaktivierte Einträge bleiben deaktiviert.
