## Comprobaciones de los formularios del administrador y del equipo de respuesta: la lista de dominios autorizados,
## los puntos de conexión de la interfaz, el personal, las regiones, las entregas y los informes.

## La lista de dominios de correo electrónico autorizados para los solicitantes.
form-domain-rule-empty = La entrada está vacía: escriba un dominio como abilenetx.gov o una regla de sufijo como *.police.uk.
form-domain-rule-bare-wildcard = Un «*» aislado admitiría cualquier dirección: escriba una regla de sufijo como *.police.uk.
form-domain-rule-misplaced-wildcard = El carácter «*» solo se admite al principio de todo y seguido de un punto, como en *.police.uk.
form-domain-rule-suffix-too-broad = Una regla de sufijo necesita al menos dos etiquetas después de «*.» (*.police.uk, no *.uk): una sola etiqueta es todo un dominio de primer nivel abierto a cualquiera.
form-domain-rule-non-ascii = No se aceptan caracteres internacionales, porque las letras de aspecto similar son una técnica de suplantación conocida: escriba el dominio en ASCII simple.
form-domain-rule-punycode = No se aceptan etiquetas Punycode (que empiezan por «xn--»), porque codifican letras internacionales de aspecto similar: escriba el dominio en ASCII simple.
form-domain-rule-trailing-dot = La entrada termina en punto: elimine el punto final.
form-domain-rule-empty-label = La entrada contiene una etiqueta vacía (dos puntos seguidos o un punto inicial): elimine el punto sobrante.
form-domain-rule-invalid-character = Un dominio solo puede contener letras a-z, dígitos, guiones y puntos: escriba únicamente el dominio, no una dirección de correo electrónico ni una URL.
form-domain-rule-label-hyphen = Una etiqueta del dominio empieza o termina con un guion, lo que el DNS no permite: compruebe cómo está escrito.
form-domain-rule-label-too-long = Una etiqueta del dominio supera los 63 caracteres, lo que el DNS no permite: compruebe cómo está escrito.
form-domain-rule-too-long = El dominio supera los 253 caracteres, lo que el DNS no permite: compruebe cómo está escrito.
form-domain-rule-single-label = Un dominio de una sola etiqueta (como «gov») es todo un dominio de primer nivel: escriba el dominio completo, como abilenetx.gov.
form-domain-rule-numeric-tld = La última etiqueta del dominio es un número, lo que corresponde a una dirección IP y no a un dominio: escriba el nombre de dominio.

## Puntos de conexión de la interfaz (ETSI HI-1).
form-endpoint-country-code = Indique el país del punto de conexión con su código ISO 3166-1 de dos letras (EU para los organismos de la UE).
form-endpoint-identifier = Indique el identificador único del punto de conexión exactamente como figura en el SenderIdentifier de sus mensajes (sin espacios y con un máximo de { $max } caracteres).
form-endpoint-name = Indique el nombre de la autoridad en una sola línea, con un máximo de { $max } caracteres.
form-endpoint-fingerprint = Indique la huella digital SHA-256 del certificado de cliente: 64 dígitos hexadecimales (se admiten dos puntos), obtenida, p. ej., con openssl x509 -in cert.pem -outform der | sha256sum.
form-endpoint-public-key = Indique la clave pública Ed25519 del punto de conexión: sus 32 bytes en hexadecimal (64 dígitos) o en base64.
form-endpoint-auth-kind = Elija el método de autenticación del punto de conexión: certificado de cliente o token firmado.
form-endpoint-notify-url = Indique una dirección https:// para las notificaciones o deje el campo vacío.
form-endpoint-contact-email = Indique la dirección de correo electrónico de la persona de contacto de la autoridad para estas órdenes.
form-endpoint-role = Elija en nombre de quién actúa el punto de conexión: una autoridad emisora o la autoridad de ejecución.
form-endpoint-country = La autoridad de ejecución debe pertenecer al Estado miembro de este proveedor ({ $country }): solo la autoridad de ese Estado decide sobre las órdenes notificadas aquí.
form-endpoint-contact-is-staff = Esta dirección pertenece a una cuenta del personal; indique la dirección de contacto propia de la autoridad.

## Personal, registro de entrada y baja.
form-staff-roles-missing = Asigne al menos un rol al nuevo miembro del personal.
form-intake-requester-is-staff = Esta dirección pertenece a una cuenta del personal; indique la dirección propia del solicitante.
form-intake-scan-missing = Adjunte el instrumento jurídico escaneado (un PDF) antes de registrar la solicitud.
form-leaving-staff-account = Las cuentas del personal se envían a la papelera al eliminarse y se anonimizan cuando se eliminan definitivamente; no se suprimen desde aquí.
form-step-up-code-missing = Para esta acción se necesita un código vigente de su aplicación de autenticación.
form-step-up-key-required = Su organización exige una llave de seguridad o clave de acceso para este paso: toque su llave (botón junto al campo del código) y envíe el formulario con el código vacío.
form-step-up-key-register-first = Su organización exige una llave de seguridad o clave de acceso para este paso y su cuenta aún no tiene ninguna: cierre la sesión, vuelva a iniciarla y registre una llave justo después.

## Quién ve qué partes de un caso.
form-field-role-unknown = Elija uno de los roles de la lista.
form-field-group-unknown = Elija una de las partes del caso de la lista.
form-field-level-unknown = Elija «oculto», «ver» o «ver y editar».

## Regiones de datos.
form-region-not-configured = { $region } no es una región configurada; elija una de estas: { $regions }.
form-region-already-placed = Esta solicitud ya está en la región { $region }, donde se encuentran sus archivos.

## Archivos de entrega e informes de transparencia.
form-file-name-missing = Asigne un nombre al archivo (p. ej., account-export.zip).
form-file-name-too-long = Los nombres de archivo pueden tener como máximo 255 bytes.
form-production-file-too-large = Un solo archivo puede tener como máximo 256 TiB; divídalo en varios archivos.
form-period-not-begun = Elija un periodo que ya haya comenzado.
