# Páginas que siguen siendo rápidas a gran escala (issue 16): deconflicción paginada, recuentos limitados.
pager-status-more = Página { $page } (más de { $total } en total)
naming-title = Solicitudes que mencionan { $target }
naming-lead = Todas las demás solicitudes, de cualquier organismo, que mencionan este identificador de { $reference }, de la más reciente a la más antigua.
naming-back = Volver a la solicitud
naming-none = Ninguna otra solicitud lo menciona.
naming-more = Se muestran { $shown } de { $total }
naming-all = todas las solicitudes que lo mencionan
