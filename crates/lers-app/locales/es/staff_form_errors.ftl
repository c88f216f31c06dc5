## Problems with the response team's forms: the review checklist, the call-back
## record and the decision.

form-review-unanswered = Responda a esta pregunta.
form-review-note-needed = Explique el problema en una nota.
form-review-answered-twice = Responda a esta pregunta una sola vez.
form-callback-phone-missing = Indique el número al que llamó.
form-callback-source-missing = Indique de dónde procede el número (p. ej., la centralita publicada por el organismo).
form-callback-result-missing = Elija el resultado de la llamada.
form-decision-missing = Elija una decisión.
form-decision-reasons-missing = Elija al menos un motivo; se comunicará al solicitante.
form-decision-note-missing = Indique qué información se necesita.
form-decision-scope-missing = Para una aprobación parcial, elija los identificadores y los tipos de datos que se entregarán.
form-decision-code-missing = Para aprobar una divulgación se necesita un código vigente de su aplicación de autenticación.

## The EU non-execution notice (Form 3).
form-form3-reasons-missing = Elija al menos un motivo por el que la orden no puede ejecutarse.
form-form3-explanation-missing = Explique los motivos a la autoridad emisora en unas pocas frases.
form-form3-foreign-law-missing = En caso de conflicto de leyes, indique el derecho del tercer país afectado (país, norma y disposición).
form-what-explanation = La explicación
form-what-foreign-law = El derecho extranjero

## Intake of a request that arrived by another channel, and its sent-on record.
form-what-requester-name = El nombre del solicitante
form-what-agency = El organismo
form-what-email-address = La dirección de correo electrónico
form-what-phone-number = El número de teléfono
form-what-how-sent = La forma de envío
form-what-time-received = La hora de recepción
form-what-time-served = La hora de notificación
form-what-summary = El resumen
form-intake-time-format = { $what }: indique una fecha y hora en UTC, por ejemplo 2026-11-20 14:30.
form-intake-time-future = { $what } no puede ser futura; compruebe la fecha y la hora (UTC).
form-intake-requester-name-missing = Indique el nombre del solicitante tal como figura en el documento legal.
form-intake-agency-missing = Indique el organismo solicitante.
form-intake-email-missing = Indique la dirección de correo electrónico oficial del solicitante (nombre@organismo.gov); allí se enviarán las respuestas y las invitaciones.
form-intake-country-missing = Elija el país del solicitante.
form-intake-kind-missing = Elija el tipo de solicitud.
form-intake-channel-missing = Elija cómo llegó la solicitud (correo postal, fax, correo electrónico, en persona, asistencia judicial mutua, notificación judicial o sistema informático descentralizado de la UE).
form-intake-legal-entity-missing = Elija la entidad jurídica a la que se notificó la solicitud (la lista la fija LERS_INTAKE_LEGAL_ENTITIES).
form-intake-how-missing = Indique cómo se envió (correo postal, fax, mensajería, en mano).
form-intake-sent-on-missing = Indique la fecha de envío con el formato AAAA-MM-DD.
form-intake-sent-on-future = La fecha de envío no puede ser futura.
form-intake-summary-missing = Resuma lo que se envió (como máximo { $max } caracteres).
