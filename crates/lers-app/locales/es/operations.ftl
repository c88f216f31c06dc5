# Descarga de carga y límites de frecuencia (respuestas dadas en lugar de atender una solicitud).
operations-busy = LERS está ocupado en este momento y no ha procesado esta solicitud. Vuelva a intentarlo dentro de { $seconds } segundos. Las solicitudes de emergencia se aceptan siempre.
operations-token-rate = Este token de API ha enviado demasiadas solicitudes. No se ha procesado nada; vuelva a intentarlo dentro de { $seconds } segundos.
operations-address-rate = Se han recibido demasiadas solicitudes de API desde su dirección. No se ha procesado nada; vuelva a intentarlo dentro de { $seconds } segundos.
operations-address-busy = Ya hay solicitudes de inicio de sesión en curso desde su dirección. No se ha procesado nada; vuelva a intentarlo dentro de { $seconds } segundos.
