## Problemas con campos de formulario (incidencia 17). `$what` es uno de los nombres
## de campo de abajo, citado tras dos puntos para no tener que concordarlo.

## Nombres de campo.

form-this-field = Este campo
form-the-name = El nombre
form-the-reason = El motivo
form-the-message = El mensaje
form-the-file-name = El nombre del archivo
form-your-full-name = Su nombre completo
form-your-agency = El nombre de su organismo
form-your-badge = Su número de placa o de identificación
form-your-phone = Su número de teléfono
form-your-mailing-address = Su dirección postal
form-your-subdivision = Su estado, provincia o región
form-what-title = Nombre breve del caso
form-what-subdivision = Estado, provincia o región
form-what-issuing-authority = Tribunal o autoridad emisora
form-what-citation = Fundamento jurídico o número de expediente
form-what-description = Qué solicita y por qué
form-what-date-from = Inicio del periodo
form-what-date-to = Fin del periodo
form-what-deadline = Plazo
form-what-nondisclosure = Orden de confidencialidad
form-what-delay-of-notice = Orden de aplazamiento de la notificación
form-what-narrative = Descripción de la emergencia
form-what-supervisor-name = Nombre de su superior
form-eu-issuing = autoridad emisora
form-eu-validating = autoridad de validación
form-what-eu-issuing-name = Nombre de la autoridad emisora
form-what-eu-validating-name = Nombre de la autoridad de validación
form-what-eu-issuing-file = Número de expediente de la autoridad emisora
form-what-eu-validating-file = Número de expediente de la autoridad de validación
form-what-eu-address = Dirección
form-what-eu-signer = Nombre de quien firmó
form-what-eu-phone = Número de teléfono
form-what-eu-email = Dirección de correo electrónico
form-what-eu-offence = Infracción y fundamento jurídico (sección G)
form-what-eu-earlier = Orden anterior
form-what-eu-delay-end = Fin del aplazamiento de la información al usuario
form-what-eu-enforcing = Autoridad de ejecución notificada (sección K)
form-what-eu-issued-on = Fecha de emisión
form-what-eu-delivery = Adónde deben enviarse los datos (sección L)
form-what-eu-information-ea = Información para la autoridad de ejecución (sección M)

## Cualquier campo.

form-enter = Complete este dato: { $what }.
form-too-long = { $what }: como máximo { $max } caracteres.
form-line-break = { $what }: el texto contiene un salto de línea o un tabulador; escríbalo en una sola línea.
form-invisible = { $what }: el texto contiene un carácter de control o de formato invisible (por ejemplo, un cambio de dirección del texto, quizá pegado junto con él); vuelva a escribirlo.
form-not-a-date = { $what }: indique una fecha como 2026-11-27.

## El perfil (registro, cuenta propia) y los nombres del personal.

form-enter-full-name = Indique su nombre completo.
form-enter-agency = Indique el nombre de su organismo.
form-enter-badge = Indique su número de placa o de identificación.
form-enter-phone = Indique su número de teléfono.
form-enter-mailing-address = Indique su dirección postal con calle.
form-enter-subdivision = Indique su estado, provincia o región.
form-phone-format = Indique un número de teléfono con su prefijo de país, p. ej. +34 91 555 0100 ext. 12.
form-po-box = Indique una dirección con calle en la que puedan notificarse actos judiciales; no se aceptan apartados de correos.
form-agency-country = Elija el país de su organismo.
form-staff-name = Indique un nombre completo de como máximo { $max } caracteres.

## Un borrador de solicitud.

form-issuing-country = Elija el país de la autoridad emisora.
form-instrument-wrong = Este instrumento jurídico no puede amparar este tipo de solicitud; elija uno de la lista.
form-instrument-missing = Elija el instrumento jurídico en que se basa la solicitud.
form-targets-missing = Indique al menos una cuenta, dirección de correo, número de teléfono u otro identificador.
form-target-type = Identificador { $number }: elija su tipo.
form-target-invalid = Identificador { $number } ({ $value }): { $reason }.
form-target-empty = el identificador está vacío
form-target-too-long = el identificador tiene más de 320 caracteres
form-target-control = el identificador contiene un salto de línea, un carácter de control o un carácter de formato invisible
form-target-email = una dirección de correo necesita una @ con texto a ambos lados, p. ej. nombre@example.com
form-target-phone = un número de teléfono necesita su prefijo de país y de 7 a 15 dígitos, p. ej. +34 91 555 0199
form-target-ip = no es una dirección IPv4 ni IPv6 (indique una dirección, no un rango)
form-target-meeting-id = un ID de reunión solo tiene letras, dígitos, espacios y guiones
form-targets-too-many = Como máximo { $max } identificadores por solicitud; divida las solicitudes más grandes.
form-data-categories = Elija los tipos de datos que solicita.
form-date-range-missing = Indique el periodo de los datos que solicita; las solicitudes sin límite temporal son demasiado amplias.
form-date-range-reversed = El fin del periodo es anterior a su inicio.
form-date-range-future = El periodo no puede empezar en el futuro.
form-deadline-past = El plazo debe ser posterior a hoy.
form-order-ended = { $what }: la orden ya ha terminado; elija «sin orden» o indique su fecha de fin real.
form-order-end-date = { $what }: indique la fecha de fin, p. ej. 2027-05-31.
form-narrative-short = Describa el peligro, quién está en riesgo y por qué es inminente (al menos { $min } caracteres).
form-attest = Confirme la declaración de emergencia.
form-supervisor-phone = Indique el teléfono de su superior con prefijo de país, p. ej. +34 91 555 0100.
form-extends-reference = Indique la referencia de la solicitud de conservación que se prorroga, p. ej. LERS-2026-000123.
form-preservation-reference = Indique la referencia de su solicitud de conservación, p. ej. LERS-2026-000123, o deje el campo vacío.
form-colleagues-too-many = Como máximo { $max } colegas pueden recibir acceso.

## El certificado de una orden europea.

form-eu-member-state = Elija el Estado miembro de la UE de la { $what } (Dinamarca no está vinculada por el Reglamento).
form-eu-data-categories = Elija las categorías de datos que indica el certificado (sección F).
form-eu-earlier-order = Indique la referencia LERS de la orden anterior, p. ej. LERS-2026-000123, o el identificador de la autoridad emisora.
form-eu-delay-ended = El aplazamiento de la información al usuario ya ha terminado; elija «sin restricción».
form-eu-delay-date = Indique la fecha hasta la que no debe informarse al usuario, p. ej. 2027-05-31.
form-eu-enforcing-email = Indique la dirección de correo de la autoridad de ejecución como nombre@example.eu, o deje el campo vacío.
form-eu-issued-future = El certificado no puede estar emitido en el futuro.
form-eu-issued-on = Indique la fecha en que se firmó el certificado.
form-eu-received-before-issue = El certificado está fechado el { $issued }, después de que se recibiera la orden ({ $received }); compruebe la fecha de emisión y la hora de recepción.

## Seguimiento de una solicitud: retirada, mensajes, archivos.

form-withdraw-reason = Indique el motivo de la retirada (como máximo { $max } caracteres).
form-message-length = Escriba un mensaje de como máximo { $max } caracteres.
form-message-unreadable = No se pudo leer el mensaje, o es mucho más largo de lo que puede ser un mensaje; acórtelo.
form-form-unreadable = No se pudo leer el formulario; envíelo de nuevo.
form-upload-unreadable = No se pudo leer el archivo enviado; inténtelo de nuevo.
form-upload-interrupted = El envío se interrumpió o el archivo es demasiado grande; inténtelo de nuevo.
form-file-missing = Elija un archivo para enviar.
form-file-too-large = El archivo ocupa más de { $mib } MiB; divídalo o pida al proveedor otra forma de enviarlo.

## La dirección de correo en el registro y en el perfil.

form-email-not-allowed = { $domain } no figura en la lista de dominios de correo oficiales admitidos. Utilice su dirección de correo oficial de la administración o de la policía; si falta el dominio de su organismo, pida al proveedor que lo añada.
form-email-empty = Indique su dirección de correo: su dirección oficial de trabajo, por ejemplo nombre@organismo.gob.es.
form-email-missing-at = Esta dirección de correo no tiene «@». Indique su dirección de trabajo completa, por ejemplo nombre@organismo.gob.es.
form-email-too-many-at = Esta dirección de correo tiene más de una «@». Indique una sola dirección, por ejemplo nombre@organismo.gob.es.
form-email-quoted = No se aceptan direcciones de correo con comillas. Indique su dirección sin comillas, por ejemplo nombre@organismo.gob.es.
form-email-comment = No se aceptan direcciones de correo con paréntesis «(» o «)». Elimine los paréntesis y el texto que haya entre ellos.
form-email-whitespace = Esta dirección de correo contiene un espacio, un tabulador u otro carácter invisible. Elimínelo (revise también el principio y el final) e inténtelo de nuevo.
form-email-non-ascii = Esta dirección de correo contiene caracteres internacionales (letras fuera de la a-z básica). No se aceptan porque las letras de aspecto similar de otros alfabetos son un truco conocido para suplantar direcciones oficiales. Escriba la dirección a mano en lugar de pegarla.
form-email-punycode = Esta dirección de correo usa un nombre de dominio internacional codificado (una parte que empieza por «xn--»). No se acepta porque las letras de aspecto similar son un truco conocido para suplantar direcciones oficiales. Utilice la dirección sencilla de su organismo.
form-email-trailing-dot = Esta dirección de correo termina en punto. Elimine el punto final e inténtelo de nuevo.
form-email-domain-literal = No se aceptan direcciones con una dirección IP entre corchetes. Utilice la dirección de correo de su organismo con un nombre de dominio, por ejemplo nombre@organismo.gob.es.
form-email-domain-empty = Esta dirección de correo no tiene nada después de la «@». Indique su dirección completa, por ejemplo nombre@organismo.gob.es.
form-email-domain-empty-label = La parte después de la «@» empieza por un punto o tiene dos puntos seguidos. Revise la dirección por si hay errores de escritura.
form-email-domain-character = La parte después de la «@» solo puede contener letras, dígitos, guiones y puntos. Revise la dirección por si hay errores de escritura.
form-email-domain-label-hyphen = Una parte del dominio después de la «@» empieza o termina con un guion, lo cual no es válido. Revise la dirección por si hay errores de escritura.
form-email-domain-label-too-long = Una parte del dominio después de la «@» tiene más de 63 caracteres, lo cual no es válido. Revise la dirección por si hay errores de escritura.
form-email-domain-too-long = La parte después de la «@» tiene más de 253 caracteres, lo cual no es válido. Revise la dirección por si hay errores de escritura.
form-email-single-label = La parte después de la «@» debe ser un nombre de dominio completo con un punto, como organismo.gob.es. Indique su dirección de trabajo completa.
form-email-numeric-tld = La parte después de la «@» debe terminar en un nombre como .es, no en un número. Indique la dirección de correo de su organismo, no una dirección IP.
form-email-local-empty = Esta dirección de correo no tiene nada antes de la «@». Indique su dirección completa, por ejemplo nombre@organismo.gob.es.
form-email-local-too-long = La parte antes de la «@» tiene más de 64 caracteres, lo que el correo electrónico no permite. Revise la dirección por si hay errores de escritura.
form-email-local-dots = La parte antes de la «@» empieza o termina con un punto, o tiene dos puntos seguidos. Revise la dirección por si hay errores de escritura.
form-email-local-character = La parte antes de la «@» contiene un carácter no admitido. Utilice solo letras, dígitos, puntos y los símbolos ! # $ % & ' * + / = ? ^ _ ` { "{" } | { "}" } ~ -
form-email-too-long = Esta dirección de correo tiene más de 254 caracteres, lo que el correo electrónico no permite. Revise la dirección por si hay errores de escritura.

## Una contraseña nueva.

form-password-too-short = Esta contraseña es demasiado corta. Utilice al menos { $min } caracteres; unas cuantas palabras sin relación entre sí forman una contraseña larga y fácil de recordar.
form-password-too-long = Esta contraseña es demasiado larga. Utilice como máximo { $max } caracteres.
form-password-common = Esta contraseña figura en una lista de contraseñas de uso frecuente que los atacantes prueban primero. Elija otra menos previsible.
form-password-contains-email = Esta contraseña contiene la parte de su dirección de correo anterior a la «@», una de las primeras cosas que probaría un atacante. Elija una contraseña que no la incluya.
form-password-mismatch = Las dos contraseñas no coinciden. Escriba la misma contraseña en ambos campos.

## Presentación: a qué se refiere el borrador. El instrumento jurídico en PDF.

form-extends-not-yours = { $reference } no es ninguna de sus solicitudes de conservación abiertas.
form-preservation-not-in-force = { $reference } no es ninguna de sus conservaciones vigentes.
form-pdf-not-pdf = este archivo no es un PDF (su contenido no empieza como un PDF, se llame como se llame); suba el instrumento jurídico en PDF
form-pdf-encrypted = este PDF está cifrado o protegido con contraseña; suba una copia sin protección
form-pdf-active-content = este PDF contiene JavaScript o acciones que inician programas, lo que no se acepta; imprímalo en un PDF nuevo y suba ese
form-pdf-unreadable = este PDF está dañado y no se puede leer ({ $detail }); vuelva a exportarlo y suba el archivo nuevo
form-pdf-too-complex = comprobar este PDF requiere más memoria o tiempo de lo que permite este servidor (contiene un número inusualmente alto de objetos); imprímalo en un PDF nuevo, o divídalo, y suba el resultado
form-pdf-checker-unavailable = el servidor no ha podido comprobar este archivo ahora; inténtelo de nuevo dentro de unos minutos y avise al proveedor si sigue ocurriendo
form-pdf-busy = el servidor está ocupado comprobando otros archivos; inténtelo de nuevo dentro de unos minutos

## Códigos de una aplicación de autenticación; contraseña y dirección de la cuenta propia.

form-code-malformed = introduzca el código de 6 dígitos de su aplicación de autenticación (solo dígitos)
form-code-wrong = ese código no es correcto; compruebe la hora de su teléfono e introduzca el código actual
form-code-reused = ese código ya se ha utilizado; espere al siguiente código e introdúzcalo
form-not-current-password = Esta no es su contraseña actual.
form-email-unchanged = Esta ya es la dirección de la cuenta; introduzca la nueva.

## Tokens de la API; darse de baja de LERS.

form-token-name = Dé al token un nombre de como máximo { $max } caracteres.
form-token-scopes = Elija al menos un ámbito.
form-token-lifetime = elija una vigencia de 1 a { $max } días
form-leave-confirm = Marque la casilla para confirmar que entiende qué se borra y qué se conserva.
