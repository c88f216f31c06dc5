# Registro de entrada único: solicitudes recibidas fuera del portal, solicitantes externos, importación heredada.

intake-title = Registro de entrada
intake-card-text = Registre las solicitudes recibidas por correo postal, fax, correo electrónico, en persona, por vía de asistencia judicial mutua (MLAT), por notificación judicial o a través del sistema informático descentralizado de la UE.
intake-lead = Deje constancia de cómo y cuándo nos llegó una solicitud y de quién la envió; después, complétela con el formulario de solicitud, adjunte el instrumento jurídico escaneado y regístrela. Sus plazos se cuentan desde el momento de la recepción.
intake-drafts-title = Recibidas, aún no registradas
intake-drafts-none = No hay nada pendiente de registro.
intake-new-title = Recibir una solicitud
intake-section-arrival = Cómo y cuándo llegó
intake-section-requester = El solicitante, tal como figura en el instrumento jurídico
intake-choose = Elija…
intake-col-request = Solicitud
intake-col-channel = Canal
intake-col-requester = Solicitante
intake-field-received = Recibida (UTC)
intake-field-served = Notificada (UTC)
intake-time-hint = Fecha y hora en UTC, por ejemplo 2026-11-20 14:30.
intake-field-entity = Notificada a
intake-field-name = Nombre
intake-field-agency = Organismo
intake-field-email = Dirección de correo electrónico oficial
intake-email-hint = Las respuestas y una invitación al portal se envían a esta dirección, sin contenido del caso.
intake-field-phone = Teléfono
intake-field-country = País
intake-open = Continuar con el formulario de solicitud
intake-draft-heading = Solicitud recibida
intake-received-short = recibida
intake-case-link = registro de entrada
intake-requester-external = Solicitante externo (sin cuenta en el portal)
intake-requester-linked = Vinculada a la cuenta del solicitante en el portal el
intake-requester-portal = Cuenta en el portal
intake-invited-at = invitado
intake-taken-by = Recibida por
intake-source = Importada de la cola anterior como
intake-scan-title = Instrumento jurídico escaneado
intake-edit = Editar la solicitud
intake-edit-back = Volver al registro de entrada
intake-register = Registrar la solicitud
intake-registered = Registrada como { $reference }; se encuentra en la cola.
intake-open-case = Abrir el caso en la consola
intake-invite = Invitar al solicitante al portal
intake-invited = Se ha invitado al solicitante al portal.
intake-paper-title = Respuestas enviadas en papel
intake-paper-help = Deje constancia de lo enviado fuera de LERS (por correo postal, fax o en mano); se incorpora a la cronología de la solicitud.
intake-paper-how = Forma de envío
intake-paper-sent-on = Enviada el
intake-paper-summary = Qué se envió
intake-paper-record = Registrar la respuesta
intake-paper-recorded = La respuesta enviada en papel figura en la cronología.

intake-channel-portal = Portal
intake-channel-api = API
intake-channel-post = Correo postal
intake-channel-fax = Fax
intake-channel-email = Correo electrónico
intake-channel-in_person = En persona
intake-channel-mlat = MLAT o acuerdo internacional
intake-channel-court_service = Notificación judicial
intake-channel-eu_decentralised_it = Sistema informático descentralizado de la UE

mail-intake-invite-subject = { $service }: le invitamos a seguir su solicitud en línea
mail-intake-invite-body =
    Estimado/a { $name }:

    Hemos recibido una solicitud suya y la hemos registrado en { $service }, nuestro sistema de solicitudes de las autoridades policiales y judiciales. Puede seguirla en línea: regístrese con esta misma dirección de correo electrónico en

    { $link }

    Una vez que confirme su dirección, la solicitud aparecerá en su cuenta.

    { $service }
intake-account-external = solicitante externo

# La línea de la cronología de una respuesta que el personal envió en papel.
timeline-paper_reply = Respuesta enviada en papel
