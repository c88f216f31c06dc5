## Llaves de acceso y llaves de seguridad (WebAuthn)

passkey-working = Siga las instrucciones de su navegador o de su llave de seguridad…
passkey-cancelled = No se utilizó la llave: la operación se canceló o se agotó el tiempo. Inténtelo de nuevo.
passkey-unavailable = Este navegador no puede utilizar llaves de acceso ni llaves de seguridad (WebAuthn no está disponible o la página no se sirve por HTTPS). Utilice un navegador actualizado o inicie sesión con su contraseña y un código.
passkey-needs-script = Las llaves de acceso y las llaves de seguridad requieren JavaScript en este navegador. Inicie sesión con su contraseña y un código.
passkey-sign-in-title = Iniciar sesión con una llave de acceso
passkey-sign-in-lead = Utilice una llave de acceso o una llave de seguridad registrada en su cuenta. Desbloquearla con su PIN, huella dactilar o reconocimiento facial cuenta como ambos factores: no se necesitan contraseña ni código.
passkey-sign-in-button = Iniciar sesión con una llave de acceso
passkey-second-factor-button = Usar mi llave de seguridad en lugar de un código
passkey-second-factor-missing = Introduzca primero su dirección de correo electrónico y su contraseña y después use su llave.
passkey-step-up-button = Confirmar con mi llave de seguridad
passkey-step-up-done = Llave confirmada. Deje vacío el campo del código y continúe.
passkey-login-key-required = Su cuenta debe iniciar sesión con una llave de acceso o una llave de seguridad: la contraseña y el código no bastan. Utilice «Iniciar sesión con una llave de acceso» más abajo.

passkeys-title = Llaves de acceso y llaves de seguridad
passkeys-lead = Una llave de acceso o una llave de seguridad le permite iniciar sesión sin contraseña y es resistente al phishing: solo funciona en este sitio. Puede registrar varias, por ejemplo una en su ordenador y otra de reserva en su llavero.
passkeys-manage-link = Llaves de acceso y llaves de seguridad
passkeys-enrolment-required = Su organización exige iniciar sesión con una llave de acceso o una llave de seguridad. Registre una ahora; esta página solo está disponible durante unos minutos después de iniciar sesión. En adelante, inicie sesión con la llave.
passkeys-policy-applies = Su organización exige iniciar sesión con una llave de acceso o una llave de seguridad, por lo que no puede eliminarse su última llave.
passkeys-none = Todavía no hay ninguna llave de acceso ni llave de seguridad registrada.
passkeys-caption = Sus llaves de acceso y llaves de seguridad
passkeys-col-synced = Sincronizada
passkeys-never-used = Nunca utilizada
passkeys-synced-yes = Sí (con copia de seguridad del proveedor)
passkeys-synced-no = No (guardada en el dispositivo)
passkeys-new-name = Nuevo nombre
passkeys-rename = Cambiar nombre
passkeys-remove = Eliminar
passkeys-fresh-factor-hint = Añadir, renombrar o eliminar una llave requiere un segundo factor reciente: un código vigente, o una llave o un código confirmados en los últimos 5 minutos.
passkeys-add-title = Añadir una llave de acceso o una llave de seguridad
passkeys-name = Nombre de la llave
passkeys-name-hint = Un nombre que permita distinguir sus llaves, por ejemplo «Portátil de la oficina» o «Llave azul».
passkeys-code-hint = Un código vigente de su aplicación de autenticación. Déjelo vacío si ha confirmado un código o una llave en los últimos 5 minutos.
passkeys-add = Añadir la llave
passkey-registered = Se ha añadido la llave. Ya puede iniciar sesión con ella.
passkey-renamed = Se ha cambiado el nombre de la llave.
passkey-removed = Se ha eliminado la llave. Ya no permite iniciar sesión en esta cuenta.

passkey-error-no-relying-party = Las llaves de acceso no pueden utilizarse en esta instalación: su dirección pública no es una dirección web válida para ellas. Informe al equipo de respuesta del proveedor.
passkey-error-challenge = Este intento ha caducado o ya se utilizó. Empiece de nuevo.
passkey-error-rejected = No se pudo verificar la respuesta de la llave. Inténtelo de nuevo con una llave registrada en esta cuenta y desbloquéela con su PIN o dato biométrico.
passkey-error-clone = Se rechazó esta llave: su contador de uso retrocedió, lo que puede indicar que fue copiada. El intento ha quedado registrado. Utilice otra llave o su código e informe al equipo de respuesta del proveedor.
passkey-error-unknown-key = Esta llave no está registrada en ninguna cuenta aquí. Inicie sesión con su contraseña y un código y, a continuación, añada la llave.
passkey-error-no-keys = Su cuenta no tiene ninguna llave de acceso ni llave de seguridad registrada. Utilice un código o añada una llave en «Llaves de acceso y llaves de seguridad».
passkey-error-already-registered = Esta llave ya está registrada.
passkey-error-too-many = Esta cuenta ya tiene el número máximo de llaves permitido (20). Elimine una antes de añadir otra.
passkey-error-name-empty = Dé un nombre a la llave.
passkey-error-name-long = El nombre puede tener como máximo 60 caracteres.
passkey-error-name-characters = El nombre no puede contener saltos de línea ni caracteres de control invisibles.
passkey-error-fresh-factor = Esta acción requiere un segundo factor reciente: introduzca un código vigente de su aplicación de autenticación o confirme antes con su llave de seguridad.
passkey-error-last-key = Esta es su última llave y su organización exige tener una: añada otra llave antes de eliminar esta.
passkey-error-account = Esta cuenta no puede iniciar sesión en este momento (está bloqueada o desactivada, o su dominio ya no está admitido). Póngase en contacto con el equipo de respuesta del proveedor.
passkey-error-throttled = Demasiados intentos fallidos desde su red. Espere 15 minutos y vuelva a intentarlo.
passkey-error-internal = Se ha producido un error por nuestra parte. Inténtelo de nuevo e informe al proveedor si persiste.

passkey-policy-title = Seguridad del inicio de sesión
passkey-policy-lead = Quién debe iniciar sesión con una llave de acceso o una llave de seguridad. Las personas afectadas ya no pueden iniciar sesión con contraseña y código; quien aún no tenga llave la registra justo después de su próximo inicio de sesión con contraseña y código.
passkey-policy-link = Seguridad del inicio de sesión: llaves de acceso y llaves de seguridad
passkey-policy-legend = Se exigen llaves de acceso o llaves de seguridad a
passkey-policy-save = Guardar
passkey-policy-saved = Se ha guardado la regla de inicio de sesión.
passkey-policy-nobody = Nadie (opcionales para todos)
passkey-policy-approvers = El personal con el rol de aprobador
passkey-policy-all_staff = Todo el personal
passkey-policy-everyone = Todos, incluidos los solicitantes
passkey-policy-four-eyes = Exigir llave a más personas surte efecto de inmediato. Exigírsela a menos retira una protección, por lo que debe aprobarlo un segundo administrador.
passkey-policy-proposed = El cambio flexibiliza la regla, por lo que queda pendiente en esta página de la aprobación de un segundo administrador; si nadie lo aprueba en 72 horas, caduca. Hasta su aprobación se mantiene la regla vigente.
passkey-policy-pending = { $name } propone exigir llave solo a: { $policy }. Propuesto { $at }; la propuesta caduca { $expires }.
passkey-policy-own-proposal = Usted propuso este cambio, por lo que debe aprobarlo otro administrador. Puede retirar la propuesta.
passkey-policy-withdraw = Retirar mi propuesta
passkey-policy-approved = El cambio ha sido aprobado y ya está en vigor.
passkey-policy-rejected = La propuesta ha sido descartada; la regla vigente no cambia.

# Mail to the owner when a key is added or removed (a stolen session must not add one unnoticed).
mail-key-added-subject = { $service }: se ha añadido una llave de seguridad a su cuenta
mail-key-added-body =
    Estimado/a { $name }:

    El { $at } se añadió la llave de seguridad o clave de acceso «{ $key }» a su cuenta de { $service }.

    Si fue usted, no tiene que hacer nada. Si no, inicie sesión de inmediato, elimine la llave, cambie su contraseña e informe al proveedor:
    { $link }
mail-key-removed-subject = { $service }: se ha eliminado una llave de seguridad de su cuenta
mail-key-removed-body =
    Estimado/a { $name }:

    El { $at } se eliminó la llave de seguridad o clave de acceso «{ $key }» de su cuenta de { $service }.

    Si fue usted, no tiene que hacer nada. Si no, inicie sesión de inmediato, revise sus llaves, cambie su contraseña e informe al proveedor:
    { $link }
mail-key-renamed-subject = { $service }: se ha cambiado el nombre de una llave de seguridad de su cuenta
mail-key-renamed-body =
    Estimado/a { $name }:

    El { $at } se cambió el nombre de la llave de seguridad o clave de acceso «{ $previous }» de su cuenta de { $service } a «{ $key }».

    Si fue usted, no tiene que hacer nada. Si no, inicie sesión de inmediato, revise sus llaves, cambie su contraseña e informe al proveedor:
    { $link }
