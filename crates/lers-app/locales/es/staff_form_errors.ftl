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

## The agency directory (emergency call-backs) and notices to affected users.
form-agency-name-missing = Indique el nombre del organismo (como máximo 200 caracteres).
form-agency-country-invalid = Indique el país del organismo con un código de dos letras, como US o GB.
form-agency-domains-missing = Indique el dominio o dominios de correo del organismo, como abilenetx.gov.
form-agency-domain-invalid = { $domain } no es un dominio de correo; escríbalo como abilenetx.gov.
form-agency-switchboard-missing = Indique el número de la centralita del organismo.
form-agency-switchboard-too-long = Un número de teléfono tiene como máximo 64 caracteres.
form-agency-switchboard-invalid = Esto no es un número de teléfono; escríbalo con el prefijo del país (+1 325 676 6600), en formato nacional (0 20 7946 0000) o como tel:+13256766600;ext=12.
form-agency-time-zone-invalid = Indique una zona horaria IANA, como America/Chicago o Europe/London.
form-agency-source-missing = Indique dónde se verificó el número (p. ej., el sitio web del organismo, confirmado por teléfono).
form-agency-verified-on-invalid = Indique la fecha en que se verificó el número, como 2026-11-01.
form-agency-control-characters = Elimine los caracteres de control y vuelva a escribir la entrada.
form-notice-target-unknown = Este identificador no forma parte de la solicitud.
form-notice-exemption-missing = Elija la excepción aplicable.
form-notice-choice-missing = Elija qué ocurre con el aviso.
form-notice-order-until-invalid = Indique la nueva fecha de fin de la orden, como 2027-05-31.
form-notice-hold-reason-missing = Indique por qué se retiene el aviso.
