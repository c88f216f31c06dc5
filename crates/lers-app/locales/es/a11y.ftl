# Accesibilidad y páginas que se leen de un vistazo (incidencia 17)
table-scroll-label = Tabla (se desplaza horizontalmente en pantallas estrechas)
glance-counts-title = De un vistazo
queue-count-total = Solicitudes que coinciden
queue-count-overdue = Vencidas
queue-count-emergencies = Emergencias
transparency-chart-by = Solicitudes por país y instrumento jurídico
transparency-chart-processes = Solicitudes por instrumento jurídico
transparency-chart-data = Las mismas cifras en forma de tabla
transparency-filter-clear = Mostrar todos los países y instrumentos jurídicos
transparency-filter-none = No hay cifras para este país y instrumento jurídico en este periodo.
transparency-period-empty = No se recibieron solicitudes en este periodo.
