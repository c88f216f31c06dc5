# Notificaciones al personal y panel de carga de trabajo (incidencia 18 §3, §5).

nav-notifications = Notificaciones
nav-notifications-unread = Notificaciones ({ $count } sin leer)

notify-trigger-assigned = Se le ha asignado un expediente
notify-trigger-requester_replied = El solicitante ha respondido en su expediente
notify-trigger-clock_75 = Han transcurrido tres cuartas partes del plazo de respuesta
notify-trigger-clock_breached = El plazo de respuesta ha vencido
notify-trigger-preservation_ending = Una conservación finaliza en los próximos siete días
notify-trigger-eu_form_arrived = Se ha recibido un formulario 6 (prórroga) o un formulario 5 (orden de producción pendiente) para una orden europea de conservación
notify-trigger-ea_window_ending = El plazo de la autoridad de ejecución para alegar motivos de denegación vence en menos de un día
notify-trigger-approval_waiting = Una aprobación está pendiente de usted

notifications-title = Notificaciones
notifications-intro = Los hechos que le conciernen: expedientes asignados a usted, respuestas de los solicitantes, plazos, conservaciones que finalizan y aprobaciones pendientes. Los expedientes vencidos y las emergencias aparecen primero.
notifications-empty = No tiene notificaciones.
notifications-col-event = Hecho
notifications-col-case = Expediente
notifications-col-when = Fecha y hora (UTC)
notifications-col-state = Estado
notifications-unread = Sin leer
notifications-read = Leída
notifications-urgent = Urgente
notifications-mark-read = Marcar como leída
notifications-mark-all-read = Marcar todas como leídas
notifications-settings-link = Elegir qué notificaciones recibe por correo electrónico y cuándo

notifications-settings-title = Configuración de notificaciones
notifications-settings-intro = Para cada tipo de hecho, elija si desea recibir un correo electrónico de inmediato o un resumen diario. Todas las notificaciones se muestran además en la consola. Los correos solo contienen la referencia del expediente y el tipo de hecho; el expediente solo se abre después de iniciar sesión.
notifications-settings-always = Un plazo vencido y cualquier hecho relativo a una emergencia se comunican siempre de inmediato por correo electrónico.
notifications-delivery-immediately = Correo inmediato
notifications-delivery-digest = Resumen diario
notifications-digest-hour = Hora del resumen diario ({ $zone })
notifications-digest-hour-invalid = Elija una hora entre 0 y 23.
notifications-settings-save = Guardar la configuración
notifications-settings-saved = Se ha guardado su configuración de notificaciones.

mail-notify-subject = { $service }: { $event } ({ $reference })
mail-notify-body =
    Estimado/a { $name }:

    { $event }: { $reference }

    Abra el expediente en la consola (es necesario iniciar sesión):
    { $link }

    Este mensaje no contiene información del expediente. Puede elegir qué notificaciones recibe por correo electrónico y cuándo:
    { $settings }
mail-digest-subject = { $service }: sus notificaciones del { $day }
mail-digest-body =
    Estimado/a { $name }:

    Desde su último resumen:

    { $items }

    Sus notificaciones en la consola (es necesario iniciar sesión):
    { $link }

    Este mensaje no contiene información de los expedientes. Puede elegir qué notificaciones recibe por correo electrónico y cuándo:
    { $settings }
mail-digest-item = - { $event }: { $reference } ({ $link })

workload-title = Carga de trabajo
workload-intro = Los expedientes que puede consultar: sus regiones y, si su acceso está limitado a ellos, solo sus propios expedientes.
workload-open-by-status = Expedientes abiertos por estado
workload-open-by-kind = Expedientes abiertos por tipo
workload-open-by-region = Expedientes abiertos por región
workload-col-status = Estado
workload-col-kind = Tipo
workload-col-region = Región
workload-col-count = Expedientes abiertos
workload-empty = No hay expedientes abiertos que pueda consultar.
workload-clocks-title = Plazos
workload-due-today = Vencen hoy ({ $zone })
workload-overdue = Vencidos
workload-emergencies-waiting = Emergencias aún sin acuse de recibo ni primera actuación
workload-performance-title = Los últimos { $days } días
workload-performance-intro = Tiempo hasta la primera actuación: mediana del tiempo desde la recepción hasta la primera revisión, decisión, llamada de verificación o respuesta. Resueltos en plazo: expedientes aprobados o rechazados antes del vencimiento, sobre los resueltos o vencidos.
workload-chart-on-time = Expedientes recibidos por tipo; sombreados: resueltos en plazo
workload-col-received = Recibidos
workload-col-first-action = Mediana hasta la primera actuación
workload-col-on-time = Resueltos en plazo
workload-minutes = { $minutes } min
workload-share = { $percent } % ({ $on_time } de { $settled })
workload-no-figure = aún no disponible
