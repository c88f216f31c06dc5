# Accessibilité et pages lisibles d'un coup d'œil (ticket 17)
table-scroll-label = Tableau (défilement horizontal sur écran étroit)
glance-counts-title = En un coup d'œil
queue-count-total = Demandes correspondantes
queue-count-overdue = En retard
queue-count-emergencies = Urgences
transparency-chart-by = Demandes par pays et par acte juridique
transparency-chart-processes = Demandes par acte juridique
transparency-chart-data = Les mêmes chiffres sous forme de tableau
transparency-filter-clear = Afficher tous les pays et tous les actes juridiques
transparency-filter-none = Aucun chiffre pour ce pays et cet acte juridique sur cette période.
transparency-period-empty = Aucune demande n’a été reçue sur cette période.
