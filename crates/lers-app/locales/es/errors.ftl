# Error pages (issue 17): what went wrong and what to do, for readers of every language.
error-not-found = No encontramos esta página. Es posible que la dirección sea incorrecta o que su contenido se haya retirado o no esté a su disposición.
error-forbidden = Su cuenta no está autorizada para hacer esto. Si considera que debería estarlo, consulte a la administración del proveedor.
error-bad-request = No se pudo interpretar la solicitud. Vuelva atrás, compruebe los datos introducidos e inténtelo de nuevo.
error-conflict = Ahora no es posible: el expediente ha avanzado desde que se cargó la página. Vuelva a cargarla para ver su estado actual.
error-internal = Se ha producido un error en nuestros sistemas. Inténtelo de nuevo y, si persiste, comuníqueselo al proveedor.
error-integrity = Un archivo almacenado no superó la comprobación de integridad, por lo que no se entregó nada. Se ha informado al proveedor.
error-gone = Esto ya no está disponible; por ejemplo, una descarga cuyo plazo ha vencido.
error-unavailable = El servicio no puede hacerlo en este momento. No se ha perdido nada de lo enviado; inténtelo de nuevo en unos instantes.
error-audit-refusing = El registro de auditoría no puede registrar acciones en este momento, por lo que esto no se ha hecho. Los administradores del proveedor deben revisar antes el registro; inténtelo de nuevo más tarde.
error-csrf = El formulario ha caducado o procede de otro sitio. Vuelva a cargar la página e inténtelo de nuevo.
error-domain-not-admitted = El dominio de su organismo ya no está admitido. Póngase en contacto con el proveedor.
error-sign-in = Inicie sesión para continuar.
