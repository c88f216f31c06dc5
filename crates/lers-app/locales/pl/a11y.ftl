# Dostępność i strony czytane na pierwszy rzut oka (zgłoszenie 17)
table-scroll-label = Tabela (na wąskim ekranie przewijana w poziomie)
glance-counts-title = W skrócie
queue-count-total = Pasujące wnioski
queue-count-overdue = Po terminie
queue-count-emergencies = Nagłe przypadki
transparency-chart-by = Wnioski według kraju i podstawy prawnej
transparency-chart-processes = Wnioski według podstawy prawnej
transparency-chart-data = Te same dane w tabeli
transparency-filter-clear = Pokaż wszystkie kraje i podstawy prawne
transparency-filter-none = Brak danych dla tego kraju i tej podstawy prawnej w tym okresie.
transparency-period-empty = W tym okresie nie wpłynęły żadne wnioski.
