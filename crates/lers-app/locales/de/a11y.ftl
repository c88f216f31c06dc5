# Barrierefreiheit und Seiten auf einen Blick (Issue 17)
table-scroll-label = Tabelle (auf schmalen Bildschirmen seitlich verschiebbar)
glance-counts-title = Auf einen Blick
queue-count-total = Passende Ersuchen
queue-count-overdue = Überfällig
queue-count-emergencies = Notfälle
transparency-chart-by = Ersuchen nach Land und rechtlicher Anordnung
transparency-chart-processes = Ersuchen nach rechtlicher Anordnung
transparency-chart-data = Dieselben Zahlen als Tabelle
transparency-filter-clear = Alle Länder und rechtlichen Anordnungen anzeigen
transparency-filter-none = Für dieses Land und diese rechtliche Anordnung liegen in diesem Zeitraum keine Zahlen vor.
transparency-period-empty = In diesem Zeitraum sind keine Ersuchen eingegangen.
