## Códigos de recuperación, aprobaciones por cuatro ojos, inactividad, tokens de API con caducidad (issue 11).

recovery-title = Sus códigos de recuperación
recovery-lead = La verificación en dos pasos está activada. Si pierde su autenticador, inicie sesión con uno de estos códigos en lugar del código de 6 dígitos. Cada código solo puede utilizarse una vez; al usar uno, deberá configurar un nuevo autenticador, lo que le proporcionará nuevos códigos y anulará estos.
recovery-once = Guárdelos en un lugar seguro, separado de su teléfono (imprímalos o consérvelos en un gestor de contraseñas). Solo se muestran ahora.
recovery-continue = He guardado mis códigos — continuar
mfa-reenroll-lead = Ha iniciado sesión con un código de recuperación. Vuelva a configurar su autenticador para continuar; sus códigos de recuperación restantes se sustituirán por otros nuevos.

approvals-title = Pendiente de un segundo administrador
approvals-lead = Conceder los roles de administrador o aprobador y restablecer el segundo factor de una persona requieren dos administradores: uno lo propone y otro lo aprueba o rechaza, cada uno con un código nuevo. Las propuestas caducan a las 72 horas.
approvals-none = No hay nada pendiente.
approvals-col-change = Cambio
approvals-col-proposed = Propuesto por
approvals-col-expires = Caduca (UTC)
approvals-waiting = Pendiente de otro administrador
approvals-approve = Aprobar
approvals-reject = Rechazar
approval-grant = Roles: de «{ $from }» a «{ $to }»
approval-reset = Restablecer el segundo factor (autenticador y códigos de recuperación)
approval-approved = Aprobado: se ha efectuado el cambio para { $name }.
approval-rejected = Rechazado: no cambia nada para { $name }.
powers-code = Su código actual
powers-code-refused = No realizado: { $reason }
roles-code = Su código actual (necesario para conceder los roles de administrador o aprobador)
roles-proposed = Se ha propuesto el cambio de roles de { $name }; otro administrador debe aprobarlo en un plazo de 72 horas.
reset-propose = Proponer el restablecimiento del segundo factor
reset-proposed = Se ha propuesto restablecer el segundo factor de { $name }; otro administrador debe aprobarlo en un plazo de 72 horas.
invite-code-hint = Solo es necesario para invitar con el rol de administrador o aprobador, lo que únicamente puede hacer directamente el administrador único.
invite-privileged-needs-approval = Invite primero con los demás roles; la concesión posterior del rol de administrador o aprobador requiere la aprobación de un segundo administrador (utilice el formulario de roles de la lista).

col-expires = Caduca (UTC)
token-expired = caducado
token-never-used = nunca
token-renew = Renovar
token-renewed = Token renovado; ahora caduca el { $until }.
field-token-days = Vigencia en días
field-token-days-hint = 90 días, salvo que elija otra cosa; como máximo un año. Renueve el token antes de que caduque.

mail-inactivity-subject = { $service }: su cuenta se desactivará por inactividad
mail-inactivity-body =
    Estimado/a { $name }:

    Su cuenta de { $service } no se utiliza desde hace mucho tiempo. Las cuentas que no se
    utilizan durante 90 días se desactivan. Para conservarla, inicie sesión (o utilice uno de
    sus tokens de API) antes del { $date }:

    { $link }

    Si se desactiva, el equipo de respuesta del proveedor puede volver a activarla.
