## Por qué se ha denegado una acción: una regla del ciclo de vida de la solicitud, el principio de los cuatro ojos, una modificación simultánea.
## Los estados, los roles y los niveles de acceso llegan como sus etiquetas; las horas se expresan en la zona
## horaria del lector.

## Decisión sobre una solicitud.
form-refusal-decide-no-review = Complete la lista de comprobación de la revisión antes de decidir.
form-refusal-decide-not-approver = Para aprobar se necesita el rol de aprobador.
form-refusal-decide-own-review = Principio de los cuatro ojos: quien ha revisado una solicitud no puede aprobarla también.
form-refusal-decide-reviewer-disabled = La revisión la redactó una persona cuya cuenta ha sido desactivada desde entonces. Revise de nuevo la solicitud antes de decidir.
form-refusal-transition = Esta solicitud está en estado «{ $status }»: este paso no es posible en ese estado. Vuelva a cargar la página para ver qué puede hacerse ahora.

## Llamadas de verificación en emergencias.
form-refusal-callback-not-emergency = Las llamadas de verificación solo se registran en las solicitudes de emergencia.
form-refusal-callback-failed-outside-review = Una llamada de verificación fallida suspende al solicitante, por lo que solo se registra en una solicitud de emergencia que esté en revisión; inicie primero la revisión (esta solicitud está en estado «{ $status }»).
form-refusal-callback-decided = Esta solicitud está en estado «{ $status }»: las llamadas de verificación solo se registran mientras está pendiente de decisión.
form-refusal-callback-failed = Ha fallado una llamada de verificación relativa a esta solicitud: no puede aprobarse; recházela o impúgnela.
form-refusal-callback-requester-suspended = El solicitante está suspendido tras una llamada de verificación fallida: un administrador debe levantar la suspensión antes de que pueda aprobarse esta emergencia.
form-refusal-callback-not-confirmed = Una solicitud de emergencia solo se aprueba tras una llamada de verificación confirmada a un número obtenido de forma independiente.
form-refusal-callback-second-confirmation-missing = Esta emergencia ha superado el umbral de riesgo: un segundo miembro del personal, distinto del que registró la llamada de verificación, debe confirmarla antes de la aprobación.
form-refusal-callback-recorder-disabled = La llamada de verificación confirmada de esta solicitud la registró una cuenta del personal que ha sido desactivada desde entonces, por lo que ya no cuenta. Vuelva a llamar a la autoridad a un número obtenido de forma independiente y registre la llamada de verificación.
form-refusal-callback-second-confirmer-disabled = La segunda confirmación de la llamada de verificación la dio una cuenta del personal que ha sido desactivada desde entonces, por lo que ya no cuenta. Debe confirmarla otro miembro del personal, distinto del que la registró.
form-refusal-callback-confirming-disabled-recorder = Esta llamada de verificación la registró una cuenta del personal que ha sido desactivada desde entonces, por lo que ya no cuenta y no puede confirmarse. Vuelva a llamar a la autoridad y registre una nueva llamada de verificación.
form-refusal-callback-confirming-unconfirmed = Solo una llamada de verificación confirmada puede ser confirmada por un segundo miembro del personal.
form-refusal-callback-confirming-own = Principio de los cuatro ojos: la llamada de verificación debe confirmarla una persona distinta del miembro del personal que la registró.
form-refusal-callback-nothing-to-confirm = Esta solicitud está en estado «{ $status }»: no queda nada por confirmar.
form-refusal-requester-controlled-line = { $line } corresponde a una línea facilitada por el solicitante o que este podría controlar (encontrada en { $origin ->
        [profile] el perfil del solicitante
        [colleague] el perfil de { $colleague }, del mismo organismo
        [earlier] la solicitud anterior { $reference } de la misma cuenta o del mismo organismo
        [written] los mensajes, nombres de documentos y motivos de retirada del solicitante o de su organismo
       *[request] esta solicitud
    }); llame a un número obtenido de forma independiente, como la centralita que figura en el directorio de organismos.

## Quién puede modificar una solicitud.
form-refusal-access-not-owner = Solo el solicitante que presentó esta solicitud puede modificarla.
form-refusal-access-not-a-draft = Una solicitud ya presentada no puede editarse; envíe un mensaje en su lugar.
form-refusal-access-closed-to-messages = Esta solicitud está en estado «{ $status }»: no admite más mensajes; presente una nueva solicitud si tiene algo más que añadir.
form-refusal-access-not-a-colleague = { $email } no es un solicitante registrado de su organismo (@{ $domain }); sus compañeros deben tener su propia cuenta.

## Entregas de datos y sus archivos.
form-refusal-production-not-approved = Solo las solicitudes aprobadas dan lugar a entregas de datos; esta está en estado «{ $status }».
form-refusal-production-not-producer = Solo el responsable de la entrega que la inició puede modificarla.
form-refusal-production-not-open = Esta entrega ya se remitió y no puede modificarse.
form-refusal-production-not-deliverable = La solicitud está ahora en estado «{ $status }»: ya no puede entregarse nada en relación con ella.
form-refusal-production-no-files = Añada al menos un archivo antes de remitir la entrega.
form-refusal-production-still-uploading = { $name } todavía se está subiendo ({ $received } de { $size } bytes); termine la subida o elimine el archivo antes de remitir la entrega.
form-refusal-production-own-alert = Una alerta que le concierne debe marcarla como vista otra persona.
form-refusal-file-destroyed = Este archivo se destruyó al término de su plazo de conservación.
form-refusal-uploads-busy = Ya hay { $max } subidas en curso; inténtelo de nuevo dentro de un minuto.
form-refusal-upload-running = Todavía hay otra subida de este archivo en curso.
form-refusal-upload-offset = La subida continúa en el byte { $expected }, no en el { $offset }; reanúdela desde ese punto.
form-refusal-staging-gone = Los datos provisionales de esta subida ya no existen; elimine el archivo y vuelva a subirlo.
form-refusal-more-than-declared = Se han recibido más datos que el tamaño declarado de { $declared } bytes.
form-refusal-file-name-taken = Esta entrega ya contiene un archivo llamado { $name }; cambie el nombre de uno de los dos o elimine antes el otro.
form-refusal-size-too-large = El tamaño es demasiado grande.

## El trabajo del equipo de respuesta en un caso.
form-refusal-staff-assignee-inactive = Las solicitudes solo pueden asignarse a miembros del personal activos.
form-refusal-staff-not-under-review = Una solicitud en estado «{ $status }» no está en revisión.
form-refusal-staff-not-a-preservation = { $reference } no es una solicitud de conservación de este solicitante.
form-refusal-staff-no-hold = La solicitud { $reference } no tiene ninguna conservación vigente que pueda prorrogarse.
form-refusal-staff-already-extended = La conservación { $reference } ya se prorrogó una vez; no es posible una nueva prórroga.

## Órdenes de la UE.
form-refusal-eu-not-a-preservation-order = Los formularios 5 y 6 solo se aplican a una orden europea de conservación (EPOC-PR).
form-refusal-eu-preservation-ended = Esta conservación ya ha finalizado; no puede prorrogarse ni mantenerse por más tiempo.
form-refusal-eu-preservation-extended = Esta conservación ya se prorrogó mediante un formulario 6; el Reglamento solo permite una prórroga.
form-refusal-eu-awaiting-production-order = Un formulario 5 ya mantiene estos datos conservados hasta que llegue la orden de producción; un formulario 6 no añadiría nada.
form-refusal-ea-held = Retenidos para la autoridad de ejecución hasta { $until } (plazo de la autoridad de ejecución); los archivos podrán descargarse después de esa fecha, o antes si la autoridad de ejecución confirma que no invoca ningún motivo de denegación.
form-refusal-ea-refused = Denegada por la autoridad de ejecución: estos datos no se entregarán nunca.
form-refusal-ea-partial-grounds = Esta entrega se remitió antes de que la autoridad de ejecución invocara motivos de denegación parcial el { $at }, por lo que puede contener datos a los que estos se refieren y no se pone a disposición; el proveedor remitirá una nueva entrega sin esos datos.
form-refusal-ea-none-notified = Esta orden no se notificó a ninguna autoridad de ejecución, por lo que no hay ninguna decisión de la autoridad de ejecución que registrar.
form-refusal-ea-already-decided = La decisión de la autoridad de ejecución sobre esta orden ya está registrada.
form-refusal-ea-window-closed = El plazo de la autoridad de ejecución finalizó el { $at }; ya no pueden invocarse motivos de denegación.
form-refusal-lift-not-restricted = La autoridad emisora no restringió la información al usuario, por lo que no hay ninguna restricción que levantar.
form-refusal-lift-already-lifted = La restricción de la autoridad emisora ya se ha levantado.
form-refusal-deadline-not-production = Solo una orden de producción (EPOC) tiene plazo de divulgación; una orden de conservación (EPOC-PR) no lo tiene.
form-refusal-deadline-over = La orden ha concluido (estado «{ $status }»); su plazo ya no puede modificarse.
form-refusal-deadline-past = El nuevo plazo, { $at }, no es una fecha futura.
form-refusal-deadline-reason-missing = Un plazo anterior al vigente ({ $current }) requiere que la autoridad emisora haya indicado los motivos de la divulgación anticipada (art. 10, apdo. 2).
form-refusal-deadline-reason-unreadable = Los motivos de la divulgación anticipada deben ocupar una sola línea de { $max } caracteres como máximo, sin caracteres de control.

## Notificaciones a los usuarios afectados.
form-refusal-notice-nothing-disclosed = No se divulgó ningún dato de esta cuenta, por lo que no hay nadie a quien notificar: elija «No procede».
form-refusal-notice-disclosed = Se divulgaron datos de esta cuenta: elija notificar, aplazar la notificación en virtud de una orden o aplicar una excepción.
form-refusal-notice-order-in-force = Hay una orden de aplazamiento de la notificación vigente hasta { $until }; no puede notificarse al usuario antes de esa fecha.
form-refusal-notice-order-without-end = Hay vigente una orden de aplazamiento de la notificación sin fecha de finalización; aplace la notificación (e impugne la orden) o registre una excepción.
form-refusal-notice-authority-restricts = La autoridad emisora de esta orden de la UE ha solicitado que no se informe al usuario hasta que ella lo indique; aplace la notificación hasta que levante la restricción o registre una excepción.
form-refusal-notice-no-order = No hay ninguna orden de aplazamiento de la notificación vigente, por lo que no hay nada que esperar.
form-refusal-notice-reason-missing = Indique el motivo de la excepción.
form-refusal-notice-sent = Esta notificación ya se envió.
form-refusal-notice-not-holdable = Solo puede retenerse una notificación que aún no se haya enviado.

## Puntos de conexión de la interfaz (ETSI HI-1).
form-refusal-endpoint-own-proposal = Usted propuso este punto de conexión: debe aprobarlo un segundo administrador.
form-refusal-endpoint-not-proposed = Este punto de conexión no está pendiente de aprobación.
form-refusal-endpoint-disabled = Este punto de conexión ya está desactivado.
form-refusal-endpoint-duplicate = Ya hay registrado un punto de conexión con esta identidad o esta credencial.

## Quién ve qué partes de un caso.
form-refusal-field-ceiling = Al rol { $role } se le puede conceder como máximo el acceso «{ $ceiling }» a las partes de los casos.
form-refusal-field-already-proposed = Este cambio ya se ha propuesto y está pendiente de un segundo administrador.
form-refusal-field-same-admin = Un cambio que amplía el acceso debe aprobarlo otro administrador.
form-refusal-field-other-waiting = Hay pendiente una propuesta de otro administrador para este acceso; apruébela, o restrinja el acceso para descartarla, antes de proponer otra.
form-refusal-field-proposal-changed = La propuesta ha cambiado o se ha descartado desde que se mostró la página; revísela de nuevo.
form-refusal-field-proposal-lapsed = La propuesta tiene más de 72 horas y ha caducado; vuelva a proponerla.
form-refusal-field-unchanged = No hay nada que cambiar: el rol { $role } ya tiene el acceso «{ $access }» a la parte «{ $group }».

## Cuentas, roles y facultades sujetas al principio de los cuatro ojos.
form-refusal-email-taken = La dirección { $email } ya pertenece a una cuenta; elija otra.
form-refusal-account-not-active = Esta cuenta no está activa; póngase en contacto con el proveedor.
form-refusal-account-not-active-email = Esta cuenta no está activa; póngase en contacto con el equipo de respuesta del proveedor.
form-refusal-own-account-status = No puede bloquear ni desactivar su propia cuenta.
form-refusal-already-erased = Esta cuenta ya se ha suprimido.
form-refusal-in-recycle-bin = Esta cuenta está en la papelera; restáurela desde la papelera para volver a utilizarla.
form-refusal-totp-enrolled = La verificación en dos pasos ya está configurada para esta cuenta.
form-refusal-roles-for-staff = Los roles son exclusivos de las cuentas del personal.
form-refusal-last-admin = Es el último administrador activo; conceda antes el rol de administrador a otra persona.
form-refusal-grant-needs-approval = Conceder el rol de administrador o de aprobador, o retirar el rol de administrador a otro administrador, requiere la aprobación de un segundo administrador: propóngalo con un código nuevo.
form-refusal-grant-not-privileged = Este cambio no concede el rol de administrador ni el de aprobador, ni retira el de administrador: guárdelo directamente.
form-refusal-proposal-waiting = Ya hay una propuesta de este tipo para { $target } pendiente de un segundo administrador.
form-refusal-no-second-factor = { $target } no tiene ningún segundo factor que restablecer; en su próximo inicio de sesión se le pedirá que configure uno.
form-refusal-power-own-account = Nadie puede modificar sus propios roles ni su propio segundo factor; pídaselo a otro administrador.
form-refusal-power-not-admin = Solo los administradores pueden proponer, aprobar o rechazar estos cambios.
form-refusal-power-own-proposal = Debe aprobarlo un segundo administrador: usted mismo lo propuso.
form-refusal-power-decided = Esta propuesta ya se ha resuelto.
form-refusal-power-expired = Esta propuesta ha caducado (las propuestas esperan 72 horas); vuelva a proponerla.
form-refusal-power-proposer-not-admin = Esta propuesta ha decaído: el administrador que la formuló ha perdido ese rol o ha sido desactivado. Recházela y vuelva a proponerla si sigue siendo necesaria.
form-refusal-domain-listed = { $pattern } ya figura en la lista.
form-refusal-only-draft-publishable = Solo puede publicarse un borrador.

## El directorio de organismos.
form-refusal-agency-domain-taken = El dominio { $domain } ya pertenece a otro organismo; un dominio de correo electrónico identifica a un único organismo.
form-refusal-agency-exists = Ya existe en el directorio un organismo con ese nombre y ese país; edítelo en su lugar.

## Papelera, plazos de conservación, retenciones legales y depuración del registro de auditoría.
form-refusal-bin-purged = Este elemento se eliminó definitivamente al finalizar su plazo de 60 días; no puede restaurarse.
form-refusal-bin-already-restored = Este elemento ya se ha restaurado.
form-refusal-bin-window-over = Este elemento ha superado el plazo de la papelera y se está eliminando definitivamente; no puede restaurarse.
form-refusal-bin-not-yours = Solo puede restaurarlo la persona que lo eliminó o, si se trata de objetos de administración, un administrador.
form-refusal-restore-conflict = { $what }: vuelve a estar en uso desde que se eliminó (alguien lo añadió entretanto); elimine o cambie el nombre del elemento existente y, después, restaure.
form-refusal-audit-entry-pruned = La entrada { $index } del registro de auditoría se depuró al finalizar su plazo de conservación: su contenido ya no existe, por lo que no puede probarse; su hash sigue contando en todas las cabezas firmadas posteriores.
form-refusal-legal-hold-in-force = Este caso ya está sujeto a una retención legal; levántela antes de imponer otra.
form-refusal-no-legal-hold = Este caso no tiene ninguna retención legal vigente.
form-refusal-case-purged = El contenido de este caso se depuró al término de su plazo de conservación: no puede añadírsele nada ni someterse a retención.
form-refusal-legal-hold-reason-missing = Una retención legal requiere un motivo: indique qué procedimiento o autoridad exige conservar este caso.

## Regiones de datos.
form-refusal-region-unknown = { $region } no es una región configurada.
form-refusal-region-same = El caso ya está en la región { $region }.
form-refusal-region-move-running = Este caso ya se está trasladando a otra región; espere a que finalice ese traslado.
form-refusal-region-move-uploading = Todavía se está subiendo un archivo de entrega de este caso; termine la subida o elimine el archivo antes de trasladar el caso.

## Otra persona lo modificó antes.
form-refusal-changed-request = La solicitud ha cambiado entretanto; vuelva a cargar la página e inténtelo de nuevo.
form-refusal-changed-production = La entrega ha cambiado entretanto; vuelva a cargar la página e inténtelo de nuevo.
form-refusal-changed-upload = Esta subida ha avanzado entretanto; consulte en qué punto se encuentra y reanúdela desde allí.
form-refusal-changed-file-not-uploading = Este archivo no se está subiendo (ya está almacenado o se ha eliminado).
form-refusal-changed-no-suspension = Esta cuenta no tiene ninguna suspensión vigente (puede que se haya levantado entretanto).
form-refusal-changed-roles = Los roles de { $target } han cambiado desde que se propuso este cambio; rechácelo y vuelva a proponerlo.

## La decisión de la autoridad de ejecución y las regiones de datos por su nombre.
form-ea-decision-missing = Elija lo que decidió la autoridad de ejecución.
form-ea-ground-missing = Elija el motivo del art. 12 invocado por la autoridad de ejecución.
form-ea-data-missing = Indique a qué datos se refieren los motivos de la autoridad de ejecución (no se entregan).
form-ea-data-unreadable = Describa los datos afectados en una sola línea de 500 caracteres como máximo, sin caracteres de control.
form-region-name-invalid = { $name } no es un nombre de región: utilice de 1 a { $max } letras minúsculas, cifras o «-», empezando por una letra (p. ej. eu).

## Rechazos propios de la aplicación: el estado de la solicitud o del archivo no lo permite.
form-conflict-not-your-production = Solo el responsable de la entrega que la abrió puede trabajar en ella.
form-conflict-file-incomplete = Solo pueden verificarse los archivos subidos por completo.
form-conflict-file-takes-no-data = Este archivo está completo o ya no forma parte de una entrega abierta; no admite más datos.
form-conflict-already-registered = Esta solicitud ya está registrada.
form-conflict-requester-has-account = Este solicitante ya tiene una cuenta en el portal.
form-conflict-register-first = Registre la solicitud antes de anotar las respuestas a ella.
form-conflict-intake-draft = Esta solicitud la recibió el personal de registro del proveedor, que la completa y la registra; envíeles un mensaje en su lugar.
form-conflict-already-submitted = Esta solicitud ya se presentó.
form-conflict-submit-first = Presente la solicitud antes de enviar mensajes sobre ella.
form-conflict-closed-to-documents = Esta solicitud está cerrada; ya no pueden añadirse documentos.
form-conflict-region-draft-only = Solo un borrador puede asignarse a una región.
form-conflict-region-out-of-reach = La regla de intercambio de datos de esta persona no alcanza la región del caso; elija a alguien que pueda abrirlo.
form-conflict-export-building = Esta exportación todavía se está generando; vuelva a cargar la página en un momento.
form-conflict-submitted-no-edit = Esta solicitud se presentó y ya no puede editarse.
