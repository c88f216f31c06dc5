# Alertas de guardia para emergencias, turnos y webhooks (incidencia 18 §1, §2).

## Páginas y correos (sin contenido del caso: una referencia, el tipo, el plazo y un enlace)
alert-no-clock = sin plazo fijado
alert-kind-emergency = Solicitud de emergencia
alert-kind-emergency_epoc = Orden europea de producción de emergencia
alert-summary = { $service }: { $kind } { $reference }, vence { $due }
alert-mail-subject = { $service }: la emergencia { $reference } requiere confirmación
alert-mail-body =
    Estimado/a { $name }:

    Se le avisa por { $reference } ({ $kind }), que vence { $due } (nivel de alerta { $tier }).

    Inicie sesión y confirme la recepción aquí, para que no sea necesario avisar a nadie más:
    { $link }

    Si nadie confirma la recepción, se avisará al siguiente nivel.

## Panel y página de la alerta
alert-title = Alerta de guardia
alert-raised = { $kind } { $reference }: alerta emitida el { $at }.
alert-col-tier = Nivel
alert-col-paged = Avisado
alert-col-at = Fecha
alert-tier-1 = De guardia
alert-tier-2 = Segundo nivel
alert-tier-3 = Todos los aprobadores
alert-waiting = Aún sin confirmar: si nadie confirma la recepción, se avisará al siguiente nivel.
alert-ack-button = Confirmar recepción
alert-acknowledged-by = Recepción confirmada por { $name } el { $at }.
alert-open-case = Abrir { $reference } en la consola
alert-acknowledged = Ha confirmado la recepción de la alerta de { $reference }. No se avisará a nadie más.
alert-already-acknowledged = La recepción de la alerta de { $reference } ya estaba confirmada; no se ha modificado nada.

## Turnos (administradores)
oncall-title = Guardia
oncall-lead = A quién se avisa cuando llega una emergencia y por qué canales.
oncall-refused = No guardado: { $reason }
rota-list-title = Turnos de guardia
rota-none = No hay ningún turno configurado: se avisa por correo a todos los revisores y aprobadores.
rota-name = Nombre
rota-when = Turno
rota-shift = { $days }, { $starts }–{ $ends } ({ $zone })
rota-regions = Regiones de datos
rota-all-regions = Todas las regiones
rota-regions-hint = Separe las regiones con comas; deje el campo vacío para todas las regiones. Un turno de una región prevalece sobre uno para todas las regiones.
rota-primary = De guardia
rota-second = Segundo nivel
rota-no-second = Sin segundo nivel
rota-delete = Eliminar
rota-add-title = Añadir un turno
rota-time-zone = Zona horaria (nombre IANA, p. ej. Europe/Madrid)
rota-days = Días en que comienza el turno
rota-day-mon = Lunes
rota-day-tue = Martes
rota-day-wed = Miércoles
rota-day-thu = Jueves
rota-day-fri = Viernes
rota-day-sat = Sábado
rota-day-sun = Domingo
rota-starts = Inicio
rota-ends = Fin
rota-times-hint = Horas locales. Un fin anterior al inicio se prolonga más allá de la medianoche; la misma hora en ambos cubre el día entero.
rota-add = Añadir turno
rota-saved = El turno se ha guardado.
rota-deleted = El turno se ha eliminado.
rota-problem-name = Asigne al turno un nombre de 120 caracteres como máximo.
rota-problem-time-zone = Indique la zona horaria por su nombre IANA, p. ej. Europe/Madrid o America/New_York.
rota-problem-no-days = Marque al menos un día.
rota-problem-day = No se ha reconocido un día; marque los días en el formulario.
rota-problem-time = Indique el inicio y el fin con el formato HH:MM (24 horas).
rota-problem-region = Indique nombres de región formados por letras, cifras y guiones, separados por comas.
rota-problem-primary = Elija quién está de guardia.
rota-problem-second = El segundo nivel debe ser una persona distinta de la que está de guardia.
rota-problem-not-responder = Solo los revisores y aprobadores activos pueden estar de guardia.
rota-problem-out-of-reach = La regla de acceso a datos de esta persona no abarca todas las regiones del turno (o la limita a los casos asignados); elija a alguien que las abarque todas o cambie las regiones del turno.

## Webhooks de las alertas
webhook-mine-title = Mis webhooks de alerta
webhook-mine-lead = Además del correo, las alertas pueden llegarle mediante un webhook firmado, PagerDuty (Events API v2) u Opsgenie. Las alertas no contienen datos del caso.
webhook-format = Formato
webhook-format-signed = JSON firmado (LERS)
webhook-format-pagerduty = PagerDuty Events API v2
webhook-format-opsgenie = Opsgenie Alert API
webhook-url = Dirección (https)
webhook-key = Clave de enrutamiento o clave de API
webhook-key-hint = Para PagerDuty, la clave de enrutamiento de la integración (la dirección es https://events.pagerduty.com/v2/enqueue); para Opsgenie, la clave de la integración de API (la dirección es https://api.opsgenie.com/v2/alerts, o api.eu.opsgenie.com). Déjelo vacío para JSON firmado: LERS genera el secreto de firma.
webhook-add = Añadir webhook
webhook-remove = Quitar
webhook-added = Se ha añadido el webhook.
webhook-added-secret = Se ha añadido el webhook. Su secreto de firma, que solo se muestra ahora:
webhook-removed = Se ha quitado el webhook.
webhook-format-unknown = Elija uno de los formatos ofrecidos.
webhook-key-missing = Indique la clave de enrutamiento o la clave de API (200 caracteres como máximo).
webhook-too-many = Ya tiene { $max } webhooks, el máximo permitido por persona. Elimine uno antes de añadir otro.
webhook-url-unparsable = Indique una dirección completa, p. ej. https://alerts.example.org/lers.
webhook-url-not-https = La dirección debe comenzar por https://.
webhook-url-credentials = Quite el nombre de usuario y la contraseña de la dirección; la clave se indica en su propio campo.
webhook-url-unresolvable = No se ha encontrado el nombre de host de la dirección; compruébelo y vuelva a intentarlo.
webhook-url-forbidden = La dirección conduce a una red privada, de bucle local o de enlace local, a la que LERS no envía nada. Utilice una dirección pública o pida a un administrador que autorice esa red.
