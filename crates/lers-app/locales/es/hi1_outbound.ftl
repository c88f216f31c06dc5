# Lo que LERS devolvió por HI-1 (ETSI TS 103 120) al punto de conexión del que procedía una orden:
# el panel de la página de consola de la solicitud.
hi1-outbound-title = Mensajes al sistema de la autoridad emisora (HI-1)
hi1-outbound-intro = Los cambios de estado, las respuestas mediante el formulario 3 y las entregas se envían a la URL de notificación del punto de conexión, con reintentos hasta que los acepta.
hi1-outbound-col-created = Almacenado
hi1-outbound-col-about = Asunto
hi1-outbound-col-state = Estado
hi1-outbound-col-attempts = Intentos
hi1-outbound-col-detail = Detalle
hi1-outbound-state-queued = En cola
hi1-outbound-state-delivered = Entregado
hi1-outbound-state-failing = Aún no entregado
hi1-outbound-delivered-at = aceptado el { $at }
hi1-outbound-transaction = Transacción { $id }
