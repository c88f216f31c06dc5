## What was sent cannot be acted on: a link that no longer works, a form that could
## not be read, a choice the page did not offer.

## Links sent by email.
form-link-unknown = Este enlace no es válido. Solicite uno nuevo.
form-link-expired = Este enlace ha caducado. Solicite uno nuevo.
form-link-used = Este enlace ya se ha utilizado. Inicie sesión o solicite un enlace nuevo.
form-link-revoked = Este enlace ya no funciona: se ha enviado un enlace más reciente, o la cuenta se ha verificado o modificado desde entonces. Utilice el enlace más reciente que haya recibido o inicie sesión.
form-enrollment-reload = Vuelva a cargar la página para obtener su código de configuración.

## Forms and choices.
form-unreadable = No se pudo leer el formulario. Vuelva a cargar la página y envíelo de nuevo.
form-incomplete = El formulario está incompleto o contiene un valor que la página no ofrece. Vuelva a cargar la página y rellénelo de nuevo.
form-choose-request-kind = Elija un tipo de solicitud.
form-choose-eu-form = Elija el formulario 5 o el formulario 6.
form-choose-language = LERS no dispone del idioma «{ $language }». Elija uno de los siguientes: { $languages }.
form-choose-key-policy = Elija uno de los ajustes de seguridad del inicio de sesión que ofrece la página.
form-choose-key-policy-decision = Apruebe o rechace el cambio pendiente con uno de los botones de la página.
form-choose-account-status = Elija uno de los estados de la cuenta que ofrece la página.

## Uploads.
form-upload-offset-missing = Indique en la cabecera Upload-Offset la posición en bytes en la que empieza este fragmento.
form-multipart-unreadable = No se pudo leer el archivo enviado. Envíelo de nuevo como multipart/form-data.
form-upload-file-field-missing = Envíe el PDF en el campo multipart llamado «file».

## Signing in: one answer for a wrong address, password or code, so that it does not
## tell an attacker which part was right.
form-login-invalid = La dirección de correo electrónico, la contraseña o el código no son correctos. Cada código funciona una sola vez: si acaba de usar uno, espere al siguiente.
form-login-locked = Esta cuenta está bloqueada tras demasiados intentos fallidos. Pida al equipo de respuesta del proveedor que la desbloquee.
form-login-disabled = Esta cuenta está desactivada. Póngase en contacto con el equipo de respuesta del proveedor.
form-login-disabled-inactive = Esta cuenta se desactivó porque no se usó durante 90 días. Pida al equipo de respuesta del proveedor que la vuelva a activar.
form-login-domain-not-admitted = El dominio de su organismo ya no está admitido; póngase en contacto con el proveedor.
form-login-throttled = Demasiados intentos fallidos desde su red. Espere 15 minutos e inténtelo de nuevo.
