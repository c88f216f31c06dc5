## Cuentas: enlaces, contraseñas olvidadas y cambiadas, perfil, cambio de correo electrónico, limitación de intentos

throttled-text = Demasiados intentos desde su red o para esta dirección. Para proteger los buzones de los agentes, este formulario está limitado. Vuelva a intentarlo dentro de { $minutes } minutos.

signup-resend-prompt = ¿No ha recibido ningún correo al cabo de unos minutos?
login-forgot = ¿Ha olvidado su contraseña?
login-resend = ¿No ha recibido el correo de verificación?

resend-title = Volver a enviar el enlace de verificación
resend-lead = Introduzca la dirección con la que se registró. Si corresponde a una cuenta aún no verificada, le enviaremos un nuevo enlace; los enlaces anteriores dejarán de funcionar.
resend-submit = Enviar un nuevo enlace

forgot-title = Ha olvidado su contraseña
forgot-lead = Introduzca la dirección de correo electrónico de su cuenta. Si pertenece a una cuenta activa, le enviaremos un enlace para elegir una nueva contraseña. El enlace solo puede utilizarse una vez y durante una hora.
forgot-submit = Enviar un enlace de restablecimiento
forgot-sent-title = Consulte su correo electrónico
forgot-sent-text = Si la dirección pertenece a una cuenta activa, le hemos enviado un enlace para elegir una nueva contraseña. El enlace solo puede utilizarse una vez y durante una hora; solo funciona el enlace más reciente.

reset-title = Elija una nueva contraseña
reset-lead = Elija una nueva contraseña para { $email }. Se cerrarán todas las sesiones de esta cuenta; después deberá iniciar sesión con la nueva contraseña y un código de su aplicación de autenticación.
reset-submit = Guardar la nueva contraseña
reset-done-title = Su contraseña se ha cambiado
reset-done-text = Se han cerrado todas las sesiones de su cuenta. Inicie sesión con su nueva contraseña y un código de su aplicación de autenticación.

change-password-title = Cambiar su contraseña
change-password-lead = Confirme con su contraseña actual y un código vigente de su aplicación de autenticación. Se cerrarán sus demás sesiones.
change-password-code-hint = Un código vigente de su aplicación de autenticación; cada código solo puede utilizarse una vez.
change-password-submit = Cambiar la contraseña
change-password-done = Su contraseña se ha cambiado. Sesiones cerradas en otros dispositivos: { $sessions }.
field-current-password = Contraseña actual

profile-title = Su cuenta
profile-lead = Mantenga sus datos actualizados. Se comprueban del mismo modo que en el registro.
profile-email-hint = Su dirección de correo electrónico identifica su cuenta y no puede modificarse aquí. Para cambiar a una nueva dirección, diríjase al equipo de respuesta del proveedor: este enviará un enlace a la nueva dirección y el cambio surtirá efecto cuando usted lo abra.
profile-submit = Guardar los datos
profile-saved = Sus datos se han guardado.

email-change-title = Cambiar la dirección de correo electrónico de una cuenta
email-change-lead = { $name } utiliza { $email }. Se enviará un enlace a la nueva dirección; no cambiará nada hasta que se abra desde allí.
email-change-hint = En el caso de los solicitantes, la nueva dirección debe figurar en la lista de dominios gubernamentales autorizados. No puede pertenecer a otra cuenta.
email-change-submit = Enviar el enlace a la nueva dirección
email-change-sent = Se ha enviado un enlace de confirmación para { $name } a { $email }. La dirección cambiará cuando se abra el enlace.
email-change-action = Cambiar el correo electrónico
field-new-email = Nueva dirección de correo electrónico

email-confirm-title = Confirme su nueva dirección de correo electrónico
email-confirm-lead = ¿Desea que { $email } sea la dirección de su cuenta?
email-confirm-submit = Confirmar la nueva dirección
email-confirm-done-title = Su dirección de correo electrónico se ha cambiado
email-confirm-done-text = Su cuenta utiliza ahora { $email }. A partir de ahora, inicie sesión con esta dirección.

mail-reset-subject = { $service }: elija una nueva contraseña
mail-reset-body =
    Estimado/a { $name }:

    Alguien (esperamos que usted) ha solicitado restablecer la contraseña de su cuenta de { $service }.
    Para elegir una nueva contraseña, abra este enlace en el plazo de una hora:

    { $link }

    El enlace solo puede utilizarse una vez y solo funciona el enlace más reciente. Para iniciar sesión
    seguirá necesitando un código de su aplicación de autenticación. Si no ha solicitado este cambio,
    ignore este mensaje: su contraseña no se ha modificado.
mail-email-change-subject = { $service }: confirme su nueva dirección de correo electrónico
mail-email-change-body =
    Estimado/a { $name }:

    Un administrador de { $service } ha solicitado trasladar su cuenta a esta dirección.
    Para confirmarlo, abra este enlace en el plazo de 24 horas:

    { $link }

    No cambiará nada hasta que lo haga. Si no esperaba este mensaje, ignórelo.
mail-email-changed-subject = { $service }: se ha cambiado la dirección de correo electrónico de su cuenta
mail-email-changed-body =
    Estimado/a { $name }:

    La dirección de correo electrónico de su cuenta de { $service } se ha cambiado a { $email }, y esta
    dirección ya no permite iniciar sesión. Si no ha solicitado este cambio, póngase en contacto
    de inmediato con el equipo de respuesta del proveedor.
