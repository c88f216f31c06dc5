# Mensajes en español de la aplicación web LERS. Para añadir un idioma, copie esta carpeta
# en locales/<etiqueta de idioma>/ (p. ej. locales/de/) y traduzca todos los mensajes.

app-name = LERS
app-tagline = Sistema de solicitudes de las autoridades policiales y judiciales
skip-to-content = Ir al contenido principal
nav-label = Principal
nav-console = Consola
nav-accounts = Cuentas
nav-domains = Dominios gubernamentales
nav-audit = Registro de auditoría
nav-dashboard = Panel
nav-sign-in = Iniciar sesión
nav-sign-up = Crear una cuenta
nav-sign-out = Cerrar sesión
footer-text = Todas las acciones realizadas en este sistema quedan anotadas en un registro de auditoría que permite detectar cualquier manipulación. Utilícelo únicamente para solicitudes legítimas.
language-switcher-label = Idioma

error-title = Se ha producido un problema
error-home = Ir a la página de inicio

home-title = Solicitudes legales de datos de usuarios
home-lead = Los funcionarios verificados de la administración y de las autoridades policiales y judiciales presentan aquí sus instrumentos jurídicos, siguen su revisión, se comunican con el equipo de respuesta y reciben de forma segura los datos entregados.
home-requesters-title = Para autoridades policiales, judiciales y gubernamentales
home-requesters-text = Cree una cuenta con su dirección de correo electrónico oficial de la administración. Deberá verificar la dirección, elegir una contraseña y configurar la verificación en dos pasos.
home-emergency-title = Emergencias
home-emergency-text = Si una vida corre un peligro inminente, inicie sesión y presente una solicitud de divulgación de emergencia: pasa al primer lugar de todas las colas. Las solicitudes de emergencia se verifican mediante una llamada de verificación a su organismo.

form-has-errors = Se ha producido un problema
pager-label = Páginas
pager-prev = Anterior
pager-next = Siguiente
pager-status = Página { $page } de { $pages } ({ $total } en total)

signup-title = Crear una cuenta de solicitante
signup-lead = Solo pueden registrarse los funcionarios cuya dirección de correo electrónico figure en la lista de dominios gubernamentales autorizados. Todos los campos son obligatorios.
signup-you = Sus datos
signup-agency = Su organismo
signup-submit = Crear la cuenta
signup-sent-title = Consulte su correo electrónico
signup-sent-text = Si la dirección puede registrarse, le hemos enviado un enlace para verificarla y elegir una contraseña. El enlace solo puede utilizarse una vez y durante 24 horas.
field-name = Nombre completo
field-gov-email = Dirección de correo electrónico oficial de la administración
field-gov-email-hint = Por ejemplo, nombre@pd.nombreciudad.gov. No se aceptan direcciones personales.
field-email = Dirección de correo electrónico
field-phone = Número de teléfono
field-phone-hint = Con prefijo internacional y, en su caso, extensión, p. ej. +1 325 555 0100 ext. 12.
field-agency = Nombre del organismo
field-badge = Número de placa o de identificación
field-address = Dirección postal
field-address-hint = Dirección en la que pueden notificarse comunicaciones jurídicas, en una sola línea (separe las partes con comas). No se aceptan apartados de correos.
field-country = País
field-country-choose = Elija un país
field-subdivision = Estado, provincia o región
field-subdivision-hint = De la autoridad emisora, p. ej. TX o Mazowieckie.

password-title = Elija su contraseña
password-lead = Su dirección { $email } se ha verificado. Elija una contraseña para ella.
field-new-password = Nueva contraseña
field-new-password-hint = Al menos 12 caracteres; se recomiendan frases de contraseña largas. Se rechazan las contraseñas muy comunes.
field-password-confirm = Vuelva a escribir la contraseña
password-submit = Guardar la contraseña y continuar
link-invalid-title = Este enlace no puede utilizarse

mfa-title = Configurar la verificación en dos pasos
mfa-lead = Todas las cuentas requieren un segundo paso al iniciar sesión: un código de 6 dígitos de una aplicación de autenticación instalada en su teléfono.
mfa-step-app = Instale una aplicación de autenticación (por ejemplo, FreeOTP, Google Authenticator o Microsoft Authenticator).
mfa-step-scan = Escanee este código con la aplicación:
mfa-qr-label = Código QR para su aplicación de autenticación
mfa-step-manual = O introduzca esta clave en la aplicación:
mfa-step-code = Introduzca el código de 6 dígitos que muestra la aplicación.
field-code = Código de 6 dígitos
field-code-hint = De su aplicación de autenticación.
mfa-submit = Activar la verificación en dos pasos
mfa-on = activada
mfa-off = no configurada

login-title = Iniciar sesión
login-code-hint = El código de 6 dígitos de su aplicación de autenticación o, si la ha perdido, uno de sus códigos de recuperación (ABCDE-FGHIJ). Déjelo vacío solo si todavía no ha configurado la verificación en dos pasos.
login-submit = Iniciar sesión
login-no-account = ¿Aún no tiene cuenta?
field-password = Contraseña

dashboard-title = Panel
dashboard-welcome = Sesión iniciada como { $name }.
dashboard-requests = Sus solicitudes
dashboard-no-requests = Todavía no tiene solicitudes.
dashboard-profile = Sus datos
dashboard-sign-ins = Actividad reciente en su cuenta
dashboard-sign-ins-hint = Si observa un inicio de sesión o un cambio que no reconoce, póngase en contacto de inmediato con el equipo de respuesta del proveedor.
col-time = Hora (UTC)
col-event = Evento
col-ip = Origen
col-person = Persona
col-kind = Tipo
col-status = Estado
col-mfa = Dos pasos
col-roles = Roles
col-actions = Acciones
col-pattern = Dominio o regla
col-organization = Organización
col-place = Lugar
col-type = Tipo
col-source = Fuente
col-actor = Autor
col-subject = Sujeto
col-outcome = Resultado
col-details = Detalles

setup-title = Configurar el primer administrador
setup-lead = Este enlace de un solo uso crea la primera cuenta de administrador. A continuación, configurará la verificación en dos pasos.
setup-submit = Crear la cuenta de administrador

console-title = Consola de respuesta
console-welcome = Sesión iniciada como { $name } (roles: { $roles }).
console-accounts-text = Personal, roles, cuentas de solicitantes, bloqueos.
console-domains-text = La lista de correos electrónicos gubernamentales autorizados.
console-audit-text = Consultar, filtrar y verificar el registro de auditoría, que permite detectar cualquier manipulación.
console-queue-title = Cola de solicitudes
console-queue-text = Las solicitudes de las autoridades policiales y judiciales aparecen aquí una vez presentadas.

filter-search = Buscar
filter-kind = Tipo
filter-all = Todos
filter-apply = Aplicar
filter-actor = Autor (id. seudónimo)
filter-subject = Sujeto
filter-action = Acción
filter-outcome = Resultado
kind-requester = Solicitantes
kind-staff = Personal
accounts-caption = Cuentas, de la más reciente a la más antigua
roles-of = Roles de { $name }
roles-save = Guardar los roles
action-unlock = Desbloquear
action-enable = Activar
action-disable = Desactivar
invite-title = Invitar a un miembro del personal
invite-text = El nuevo miembro del personal recibe un enlace de un solo uso para elegir una contraseña y configurar la verificación en dos pasos.
invite-submit = Enviar la invitación
invite-sent = Invitación enviada a { $email }.
roles-saved = Roles de { $name } guardados.
status-saved = { $name } está ahora { $status }.

domains-lead = El registro solo está abierto a las direcciones que figuran en esta lista. Un dominio admite también sus subdominios; una regla como *.police.uk admite todos los subdominios de police.uk.
domains-caption = Entradas de la lista de autorizados
domains-add-title = Añadir un dominio o una regla
field-pattern = Dominio o regla
field-pattern-hint = Un dominio como nombreciudad.gov, o una regla como *.police.uk.
domains-add-submit = Añadir a la lista de autorizados
domain-added = { $pattern } añadido.
domain-updated = { $pattern } actualizado.
status-enabled = activado
status-disabled = desactivado

audit-lead = Entradas: { $entries }. Los registros identifican a las personas mediante identificadores seudónimos.
audit-caption = Eventos de auditoría, del más reciente al más antiguo
audit-verify = Verificar todo el registro
audit-verified = El registro se verifica de principio a fin. Raíz: { $root }
audit-broken = El registro NO se verifica: { $problem }

mail-verify-subject = { $service }: verifique su dirección de correo electrónico
mail-verify-body =
    Estimado/a { $name }:

    Alguien (esperamos que usted) ha solicitado una cuenta de solicitante de { $service } con esta dirección.
    Para verificar la dirección y elegir una contraseña, abra este enlace en el plazo de 24 horas:

    { $link }

    El enlace solo puede utilizarse una vez y solo funciona el enlace más reciente que se le haya enviado. Si no ha solicitado una cuenta, ignore este mensaje.
mail-already-registered-subject = { $service }: ya tiene una cuenta
mail-already-registered-body =
    Estimado/a { $name }:

    Alguien ha intentado crear una cuenta de { $service } con esta dirección, que ya tiene una.
    Para iniciar sesión, acceda a:

    { $link }

    Si no ha sido usted, no es necesario hacer nada; su cuenta no ha cambiado.
mail-staff-invite-subject = { $service }: le invitamos a unirse al equipo de respuesta
mail-staff-invite-body =
    Estimado/a { $name }:

    Un administrador ha creado para usted una cuenta de personal de { $service } (roles: { $roles }).
    Para elegir su contraseña y configurar la verificación en dos pasos, abra este enlace en el plazo de 24 horas:

    { $link }

    El enlace solo puede utilizarse una vez.

## Solicitudes
nav-requests = Solicitudes
nav-tokens = Tokens de API
requests-title = Sus solicitudes
requests-lead = Solicitudes que usted ha presentado y solicitudes que sus compañeros han compartido con usted. Las solicitudes de emergencia se tramitan en primer lugar.
requests-new = Presentar una nueva solicitud
requests-caption = Solicitudes, de la modificada más recientemente a la más antigua
requests-none = Ninguna solicitud coincide.
col-reference = Referencia
col-title = Caso
col-deadline = Plazo
col-updated = Última actualización
filter-status = Estado
filter-reference = Referencia o nombre del caso
shared-marker = compartida con usted
draft-marker = aún no presentada

new-request-title = Presentar una nueva solicitud
new-request-lead = Elija lo que solicita. Puede guardar un borrador y volver a él antes de presentarlo.
kind-user_data = Solicitud de datos de usuario
kind-user_data-help = Amparada en un instrumento jurídico: requerimiento (subpoena), orden judicial, orden de registro, solicitud de asistencia judicial mutua (MLAT), orden europea de producción u otra orden nacional.
kind-emergency = Solicitud de divulgación de emergencia
kind-emergency-help = Peligro inminente de muerte o de lesiones físicas graves, o un menor en peligro. No se requiere instrumento jurídico, pero sí una descripción y una declaración responsable. Se verifica mediante una llamada de verificación a su organismo.
kind-preservation = Solicitud de conservación
kind-preservation-help = Congelar datos mientras obtiene el instrumento jurídico (90 días, prorrogable una vez; orden europea de conservación: 60 + 30 días).
kind-preservation_extension = Prórroga de la conservación
kind-preservation_extension-help = Prorrogar una de sus solicitudes de conservación.
kind-withhold_access = Solicitud de restricción de acceso
kind-withhold_access-help = Restringir una cuenta o bloquear una reunión, p. ej. durante la comisión de un delito en curso. Amparada en un instrumento jurídico.
start-request = Comenzar

instrument-subpoena = Requerimiento (subpoena)
instrument-court_order = Orden judicial
instrument-search_warrant = Orden de registro
instrument-mlat = Solicitud de asistencia judicial mutua (MLAT) / acuerdo internacional
instrument-eu_production_order = Orden europea de producción
instrument-eu_preservation_order = Orden europea de conservación
instrument-preservation_letter = Solicitud de conservación por escrito (p. ej. 18 U.S.C. § 2703(f))
instrument-other_national_order = Otra orden nacional
instrument-national_security = Procedimiento de seguridad nacional

category-subscriber_info = Información del abonado
category-connection_logs = Registros de conexión y de IP
category-meeting_metadata = Metadatos de reuniones
category-billing = Registros de facturación
category-content = Contenido

target-email = Dirección de correo electrónico
target-phone = Número de teléfono (E.164)
target-account_id = Id. de cuenta
target-meeting_id = Id. de reunión
target-username = Nombre de usuario
target-ip_address = Dirección IP

status-draft = Borrador
status-submitted = Presentada
status-in_review = En revisión
status-needs_info = Requiere información
status-approved = Aprobada
status-produced = Datos entregados
status-rejected = Rechazada
status-challenged = Impugnada
status-closed = Cerrada
status-withdrawn = Retirada
status-preserved = Conservada
status-extended = Prorrogada
status-expired = Vencida
status-released = Liberada
status-fulfilled = Atendida

form-request-title = { $kind }
form-request-lead = Los campos marcados con * son necesarios para presentar la solicitud. Puede guardar un borrador en cualquier momento.
section-case = El caso
section-process = Instrumento jurídico
section-targets = Cuentas e identificadores
section-targets-help = Un identificador por fila. Elija su tipo; el formato se normaliza (p. ej. los números de teléfono, a +15550100199).
section-data = Datos solicitados
section-orders = Órdenes que vinculan al proveedor
section-emergency = La emergencia
section-sharing = Compañeros
field-title = Nombre del caso *
field-title-hint = Un nombre breve para su propia organización, p. ej. «Operación Nogal».
field-description = Qué solicita y por qué *
field-description-hint = Los datos que se solicitan y su relación con la investigación. Las solicitudes acotadas se responden con mayor rapidez.
field-issuing-authority = Órgano jurisdiccional o autoridad emisora *
field-instrument = Instrumento jurídico *
field-instrument-choose = Elija…
field-citation = Referencia o número de procedimiento *
field-request-country = País de la autoridad emisora *
field-request-subdivision = Estado, provincia o región *
field-target-type = Tipo del identificador { $n }
field-target-value = Identificador { $n }
add-targets = Añadir más filas
field-categories = Tipos de datos *
field-date-from = Datos desde (fecha) *
field-date-to = Datos hasta (fecha) *
field-deadline = Respuesta necesaria antes del (opcional)
field-nondisclosure = Orden de confidencialidad
field-delay-notice = Orden de aplazamiento de la notificación
order-none = No existe tal orden
order-until = Vigente hasta
order-indefinite = Vigente sin fecha de finalización
field-order-until = Fecha de finalización
field-narrative = Describa la emergencia *
field-narrative-hint = Quién está en peligro, en qué consiste el peligro y por qué es inminente.
field-attested = Declaro que se trata de una emergencia que implica peligro de muerte o de lesiones físicas graves y que es necesaria la divulgación sin demora para evitarlo. *
field-supervisor-name = Nombre del superior *
field-supervisor-phone = Teléfono del superior *
field-extends = Referencia de la solicitud de conservación que se prorroga *
field-colleagues = Compañeros que pueden ver esta solicitud
field-colleagues-hint = Hasta 5 direcciones de correo electrónico de compañeros de su organismo que tengan su propia cuenta, una por línea.
save-draft = Guardar el borrador
submit-request = Presentar la solicitud
draft-saved = Borrador guardado.

detail-kind = Tipo
detail-status = Estado
detail-reference = Referencia
detail-submitted = Presentada
detail-deadline = Plazo
detail-authority = Autoridad emisora
detail-instrument = Instrumento jurídico
detail-citation = Referencia
detail-country = País
detail-targets = Identificadores
detail-categories = Datos solicitados
detail-dates = Período
detail-nondisclosure = Orden de confidencialidad
detail-delay = Orden de aplazamiento de la notificación
detail-emergency = Emergencia
detail-supervisor = Superior
detail-colleagues = Compañeros con acceso
detail-owner = Presentada por
detail-withdrawn = Retirada porque
detail-description = Solicitud
edit-draft = Seguir editando
documents-title = Instrumento jurídico y documentos
documents-none = Todavía no hay documentos.
documents-upload = Subir un PDF
field-file = Archivo PDF
field-file-hint = Instrumento jurídico en PDF, de hasta { $mib } MiB. Se rechazan los PDF cifrados y los que contienen scripts.
upload-submit = Subir
uploaded = { $name } subido. Justificante SHA-256: { $sha256 }
col-file = Archivo
col-size = Tamaño
col-sha256 = SHA-256
col-uploaded = Subido
timeline-title = Cronología
timeline-status = Estado: { $status }
timeline-message = Mensaje
timeline-document = Documento añadido: { $name }
messages-title = Mensajes con el equipo de respuesta
# Quién escribió un mensaje o modificó una solicitud, cuando fue el personal.
author-response-team = Equipo de respuesta
messages-none = Todavía no hay mensajes.
field-message = Su mensaje
field-attachment = Adjuntar un PDF (opcional)
send-message = Enviar el mensaje
message-sent = Mensaje enviado.
withdraw-title = Retirar esta solicitud
withdraw-lead = La retirada pone fin a toda tramitación de la solicitud. No puede deshacerse.
field-reason = Motivo de la retirada *
withdraw-submit = Retirar la solicitud
withdrawn-notice = La solicitud se ha retirado.
submitted-notice = Solicitud presentada. Su referencia es { $reference }.

tokens-title = Tokens de API
tokens-lead = Los tokens personales permiten que el sistema de gestión de casos de su organismo presente solicitudes y haga su seguimiento a través de la API (/api/v1). Un token actúa en su nombre: manténgalo en secreto, concédale solo los ámbitos que necesite y revóquelo cuando deje de utilizarse.
tokens-caption = Sus tokens
tokens-none = No tiene tokens de API.
col-name = Nombre
col-scopes = Ámbitos
col-created = Creado
col-last-used = Último uso
token-revoke = Revocar
token-revoked = revocado
tokens-new = Crear un token
field-token-name = Nombre *
field-token-name-hint = Qué lo utilizará, p. ej. «Sistema de gestión de casos».
scope-read = read — enumerar y leer solicitudes, mensajes y documentos
scope-submit = submit — crear, presentar y retirar solicitudes, enviar mensajes, subir documentos
field-token-code = Código actual de 6 dígitos *
field-token-code-hint = Para crear un token se necesita un código nuevo de su aplicación de autenticación.
token-create = Crear el token
token-created = Token creado. Cópielo ahora: solo se muestra una vez.

mail-request-received-subject = { $service }: solicitud { $reference } recibida
mail-request-received-body =
    Estimado/a { $name }:

    Se ha recibido la solicitud { $reference }, que será objeto de revisión.
    Puede seguirla y comunicarse con el equipo de respuesta en:

    { $link }
mail-api-receipts-subject = { $service }: solicitudes recibidas a través de la API ({ $count })
mail-api-receipts-body =
    Estimado/a { $name }:

    { $sections }

    Puede seguirlas y comunicarse con el equipo de respuesta en:

    { $link }
mail-api-receipts-own =
    Presentadas a través de la API con sus tokens, recibidas y pendientes de revisión ({ $count }). Si no las presentó usted, revoque de inmediato sus tokens de la API y avise al equipo de respuesta:
mail-api-receipts-shared = Presentadas a través de la API por colegas y compartidas con usted, recibidas y pendientes de revisión ({ $count }):
mail-api-receipts-more = … y { $rest } más, en su lista de solicitudes.
mail-new-message-subject = { $service }: nuevo mensaje en { $reference }
mail-new-message-body =
    Estimado/a { $name }:

    Hay un nuevo mensaje en la solicitud { $reference }.
    Por motivos de seguridad, el mensaje no se incluye aquí. Inicie sesión para leerlo:

    { $link }

mail-hold-warning-subject = { $service }: la conservación { $reference } finaliza pronto
mail-hold-warning-body =
    Estimado/a { $name }:

    La conservación de los datos correspondiente a la solicitud { $reference } finaliza el { $date }.
    Para mantener los datos, envíe el instrumento jurídico o presente una prórroga de la conservación antes de esa fecha:

    { $link }

mail-request-updated-subject = { $service }: la solicitud { $reference } se ha actualizado
mail-request-updated-body =
    Estimado/a { $name }:

    Hay novedades en la solicitud { $reference }. Inicie sesión para consultarlas:

    { $link }

## Consola
nav-queue = Cola
queue-title = Cola de solicitudes
queue-lead = Todas las solicitudes abiertas: primero las emergencias y después por plazo. Las solicitudes vencidas aparecen marcadas.
queue-caption = Solicitudes abiertas
queue-empty = Ninguna solicitud abierta coincide.
filter-country = País (código ISO)
filter-mine = Asignadas a mí
filter-overdue = Solo vencidas
col-agency = Organismo
col-due = Vencimiento
col-assignee = Asignada a
overdue = vencida
console-emergency-banner = Solicitud de divulgación de emergencia: actúe en el plazo de una hora. No apruebe nunca basándose solo en la palabra de la cuenta: verifique primero mediante una llamada de verificación.
console-account-created = cuenta creada
console-from-request = de la solicitud — no lo utilice para la llamada de verificación
console-hold = Conservación
console-hold-until = vigente hasta
console-unassigned = Sin asignar
console-assign = Asignar
console-deconfliction = Otras solicitudes que mencionan los mismos identificadores
console-other-requests = Otras solicitudes (de cualquier organismo)
console-no-other = ninguna
console-documents-audited = Cada documento abierto aquí queda anotado en el registro de auditoría.
console-callback = Llamada de verificación
console-callback-lead = Llame al organismo a un número que haya obtenido usted mismo (directorio de organismos, sitio web oficial, centralita) —nunca al número que figura en la solicitud— y confirme que este agente envió esta solicitud. Una llamada de verificación fallida suspende la cuenta solicitante.
field-callback-phone = Número al que se llamó
field-number-source = Procedencia del número
field-number-source-hint = p. ej. «Centralita de la policía de Abilene, obtenida en abilenetx.gov»
field-answered-by = Quién respondió
field-callback-result = Resultado
callback-confirmed = Confirmada: el organismo confirma la solicitud
callback-failed = Fallida: el organismo no tiene constancia de esta solicitud
callback-no-answer = Sin respuesta
callback-submit = Registrar la llamada de verificación
field-note = Nota
console-review = Revisión jurídica
console-reviewed-by = Revisada por { $name } el { $at }. Las respuestas sugieren:
suggestion-proceed = tramitar
suggestion-challenge = impugnar
suggestion-reject = rechazar
criterion-overbroad = ¿Es la solicitud excesivamente amplia o imprecisa?
criterion-no_legal_basis = ¿Carece de fundamento jurídico en la jurisdicción requirente?
criterion-not_bona_fide = ¿No sirve a la detección o prevención de buena fe de delitos?
criterion-outside_jurisdiction = ¿Se refiere a personas fuera de la jurisdicción de la autoridad?
criterion-unauthorised_requester = ¿Carece la entidad requirente de autorización para formularla?
criterion-indefinite_nondisclosure = ¿Incluye una orden de confidencialidad sin fecha de finalización?
criterion-defective = ¿Se notificó indebidamente o adolece de algún otro defecto?
criterion-enterprise_customer = ¿Se refiere a datos de un cliente empresarial o del sector público (remitir al cliente)?
criterion-encrypted_content = ¿Solicita contenido de reuniones con cifrado de extremo a extremo (que no puede entregarse)?
answer-fine = Sin problema
answer-problem = Problema (explíquelo)
review-submit = Guardar la revisión
console-decide = Decisión
field-decision = Decisión
decision-approve = Aprobar la divulgación (total)
decision-approve_partial = Aprobar parcialmente
decision-reject = Rechazar
decision-challenge = Impugnar
decision-ask_for_information = Solicitar más información
# A decision as the requester reads it: what was decided, not what to do.
decided-approve = Divulgación aprobada en su totalidad
decided-approve_partial = Divulgación aprobada parcialmente
decided-reject = Solicitud rechazada
decided-challenge = Solicitud impugnada
decided-ask_for_information = Se ha solicitado más información
field-reasons = Motivos (visibles para el solicitante)
reason-overbroad = Excesivamente amplia o imprecisa
reason-no_legal_basis = Sin fundamento jurídico
reason-not_bona_fide = No destinada a la detección o prevención de buena fe de delitos
reason-outside_jurisdiction = Fuera de la jurisdicción de la autoridad
reason-unauthorised_requester = Solicitante no autorizado
reason-indefinite_nondisclosure = Orden de confidencialidad sin fecha de finalización
reason-defective = Notificada indebidamente o defectuosa
reason-redirect_to_customer = Los datos pertenecen a un cliente empresarial: diríjase al cliente
reason-no_data_held = No se dispone de datos
reason-encrypted_content = El contenido con cifrado de extremo a extremo no puede entregarse
field-scope = En caso de aprobación parcial: qué puede entregarse
field-note-to-requester = Nota para el solicitante
field-step-up-code = Código actual de 6 dígitos (necesario para aprobar)
field-step-up-code-hint = Para aprobar una divulgación se necesita un segundo factor nuevo.
decide-submit = Registrar la decisión
console-internal-notes = Notas internas (solo para el personal)
field-internal = Nota interna (no visible para el solicitante)
decision-recorded = Decisión registrada.
review-saved = Revisión guardada.
callback-recorded = Llamada de verificación registrada.
note-saved = Guardado.
assigned = Asignación guardada.
decisions-title = Decisiones
console-directory = Directorio de cuentas
console-region = región
console-enterprise = cliente empresarial — remitir al cliente
console-restricted = restringida
console-held = datos conservados
console-no-account = no se ha encontrado ninguna cuenta
field-preservation-reference = Conservación a la que da continuidad esta solicitud (opcional)
field-preservation-reference-hint = Si conservó estos datos anteriormente, su referencia (p. ej. LERS-2026-000123): la conservación pasa a formar parte de esta solicitud.

## Notificaciones a los usuarios afectados (también en de, pl, vi, zh-CN)
mail-notice-subject = { $service }: solicitud legal de datos de su cuenta
mail-notice-body =
    Estimado/a usuario/a:

    { $service } ha recibido una solicitud legal de información sobre su cuenta { $account }
    procedente de { $authority } ({ $country }), en virtud de { $process }.
    El { $date } facilitamos los siguientes datos: { $categories }.

    Se lo notificamos para que pueda solicitar asesoramiento jurídico o formular oposición, si así lo desea.
    Este mensaje se ha enviado automáticamente; le rogamos que no responda a él.
notices-title = Notificar a los usuarios afectados
notices-lead = Política: notificar a cada usuario afectado cuando se divulguen sus datos, salvo que esté vigente una orden válida de aplazamiento de la notificación (en cuyo caso, cuando esta finalice) o que el caso implique peligro para un menor, una amenaza para la vida o una amenaza para el proveedor. Cada decisión debe ir motivada.
notice-undecided = aún sin decisión
field-notice-choice = Notificación
notice-notify-now = Notificar ahora
notice-delay = Notificar cuando finalice la orden de aplazamiento de la notificación
notice-exempt = No notificar (excepción)
notice-not-applicable = No procede (no se ha divulgado nada)
field-exemption = Excepción
exemption-child_endangerment = Peligro para un menor
exemption-threat_to_life = Amenaza para la vida
exemption-threat_to_provider = Amenaza para los servicios, derechos o bienes del proveedor
field-notice-reason = Motivo
notice-submit = Registrar
notice-recorded = Decisión sobre la notificación registrada.
notice-held = Notificación retenida.
notice-hold = Retener
notice-state-scheduled = programada
notice-state-awaiting_order = retenida por una orden sin fecha de finalización (impúgnela)
notice-state-held = retenida por el personal
notice-state-sent = enviada
notice-state-not_sent = no enviada
notice-decision-notify_now = notificar ahora
notice-decision-delay = tras la orden de aplazamiento
notice-decision-exempt = exenta
notice-decision-not_applicable = no procede
nav-notices = Avisos a usuarios
notices-upcoming = Próximas notificaciones a los usuarios afectados
notices-upcoming-lead = Qué se enviará, a quién, cuándo y por qué. Una notificación solo puede retenerse en virtud de una excepción registrada.
notices-caption = Notificaciones aún no enviadas
notices-none = No hay notificaciones pendientes.
notices-to = Cuenta afectada
notices-when = Cuándo
notices-why = Por qué
field-order-extended = Orden prorrogada hasta (opcional)
console-challenge-delay = sin fecha de finalización: motivo de impugnación

## Transparencia
nav-transparency = Informes de transparencia
transparency-title = Informe de transparencia
transparency-lead = Cuántas solicitudes legales de datos de usuarios hemos recibido de los gobiernos y cómo las hemos respondido, por semestre y país. Solo datos agregados.
transparency-period = Período
transparency-show = Mostrar
transparency-total-requests = Solicitudes recibidas
transparency-total-accounts = Cuentas especificadas
transparency-countries = Países
transparency-version = { $period } (finalizado el { $ending }), versión { $version }
transparency-csv = Descargar CSV
transparency-json = Descargar JSON
transparency-chart-countries = Solicitudes por país
transparency-chart-legend = Parte oscura de cada barra: solicitudes en las que se entregaron algunos datos.
transparency-chart-trend = Solicitudes por período
transparency-table = Por país e instrumento jurídico
transparency-caption = Solicitudes recibidas en { $period }, versión { $version }
transparency-bands = Los procedimientos de seguridad nacional solo se comunican por tramos de { $width }; las cifras por tramos no se incluyen en los totales.
transparency-none = Todavía no se ha publicado ningún informe.
transparency-staff-lead = Calcule un informe para un período, revise las cifras y, a continuación, publíquelo. Las versiones publicadas no cambian nunca; las correcciones se publican como una nueva versión con una nota.
field-changelog = Nota (para correcciones)
field-changelog-hint = Qué ha cambiado con respecto a la versión anterior, en su caso.
transparency-compute = Calcular el borrador
transparency-draft = Borrador para { $period } (no público)
transparency-publish = Publicar este informe
transparency-versions = Borradores y versiones publicadas
transparency-published-notice = Publicado { $period }, versión { $version }.
col-country = País/región
col-process = Instrumento jurídico
col-requests = Solicitudes
col-accounts = Cuentas
col-disclosed = Se entregaron algunos datos
col-content = Divulgaciones de contenido
col-non-content = Divulgaciones de datos distintos del contenido
col-delay-orders = Órdenes de aplazamiento de la notificación
process-subpoena = Requerimiento (subpoena)
process-court_order = Orden judicial
process-search_warrant = Orden de registro
process-mlat = MLAT / acuerdo internacional
process-eu_production_order = Orden europea de producción
process-eu_preservation_order = Orden europea de conservación
process-preservation_letter = Solicitud de conservación por escrito
process-other_national_order = Otra orden nacional
process-national_security = Procedimiento de seguridad nacional
process-emergency = Divulgación de emergencia
process-user_data = Solicitud de datos de usuario
process-preservation = Conservación
process-preservation_extension = Prórroga de la conservación
process-withhold_access = Restricción de acceso
notice-state-sending = en envío
notice-delivery-sent = enviado
notice-delivery-failed = no entregado
notice-delivery-no_address = no consta ninguna dirección

## Entregas de datos
productions-title = Entregas de datos
productions-none = Todavía no se ha entregado nada.
production-open = Iniciar una entrega
production-opened = Entrega iniciada: añada archivos y, a continuación, remítala.
production-state-open = En preparación
production-state-delivered = Remitida
production-state-shredded = Destruida al término del plazo de conservación
production-producer = responsable de la entrega
production-delivered-at = Remitida
production-available-until = Disponible hasta
production-retain-until = se destruye después del
col-received = Bytes recibidos
field-production-files = Archivos que se entregan
field-production-files-hint = De cualquier tipo y tamaño. Los archivos se cifran a medida que se suben; una subida interrumpida continúa donde se detuvo cuando vuelve a elegir el mismo archivo.
production-upload = Subir
production-verify = Verificar la copia almacenada
production-verified = La copia almacenada se descifra exactamente en lo que se subió (el SHA-256 coincide). La comprobación ha quedado registrada.
production-verify-failed = La copia almacenada no ha superado la comprobación. No la remita; elimínela y vuelva a subir el archivo. El fallo ha quedado registrado.
production-remove = Eliminar
production-file-removed = Archivo eliminado y su copia almacenada suprimida.
production-deliver = Remitir al solicitante
production-delivered = Remitida. Se ha informado al solicitante; las descargas están disponibles hasta la fecha de disponibilidad.
productions-received-title = Datos entregados
productions-download-lead = Las descargas requieren un código nuevo de su aplicación de autenticación. Cada descarga queda registrada con quién, cuándo, desde dónde y cuántos bytes. El manifiesto enumera cada archivo con su SHA-256 y puede comprobarse sin conexión con «lers manifest verify».
production-unlock = Desbloquear las descargas
production-unlocked = Descargas desbloqueadas durante 5 minutos.
production-confirm-first = Introduzca un código de su aplicación de autenticación para descargar.
production-manifest = Manifiesto (JSON)
production-expired = Esta entrega ya no está disponible para su descarga.
alerts-title = Alertas
alert-staff-access = { $name } ({ $pseudonym }) ha abierto archivos de solicitantes desde { $since }; número de accesos: { $accesses }.
alert-acknowledge = Marcar como vista

## Account kinds and statuses, as the accounts list shows them.
account-kind-requester = Solicitante
account-kind-staff = Personal
account-status-active = Activa
account-status-locked = Bloqueada
account-status-disabled = Desactivada
