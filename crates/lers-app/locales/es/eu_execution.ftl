# Ejecución de órdenes de la UE (Reglamento (UE) 2023/1543): retención por la autoridad de ejecución (AE),
# formulario 3 «imposibilidad de ejecutar», información al usuario, en la consola y en la página del solicitante.

eu-panel-title = Orden de la UE: ejecución
eu-kind-epoc = Orden europea de producción (EPOC)
eu-kind-epoc_pr = Orden europea de conservación (EPOC-PR)
eu-ea-notified = Autoridad de ejecución notificada: { $authority }

eu-release-label = Entrega de los datos:
eu-release-not_held = no retenidos (no se notificó a ninguna autoridad de ejecución)
eu-release-held = retenidos hasta { $until } (plazo de la autoridad de ejecución)
eu-release-emergency_provisional = emergencia: pueden producirse ya; la autoridad de ejecución puede aún denegar hasta { $until }
eu-release-released = entregados
eu-release-refused = denegados por la autoridad de ejecución; los datos no se entregarán nunca
eu-release-already-sent = Los datos ya se habían enviado: se ha indicado a la autoridad emisora que los suprima o restrinja su uso.

eu-decision-no_grounds = Sin motivos de denegación
eu-decision-partial_grounds = Motivos de denegación parcial
eu-decision-full_refusal = Denegada por la autoridad de ejecución
eu-ground-immunities_or_privileges = Inmunidades o privilegios, o normas relativas a la libertad de prensa y de expresión [art. 12, apdo. 1, letra a)]
eu-ground-fundamental_rights = Vulneración manifiesta de un derecho fundamental [art. 12, apdo. 1, letra b)]
eu-ground-ne_bis_in_idem = Ne bis in idem [art. 12, apdo. 1, letra c)]
eu-ground-dual_criminality = El hecho no es constitutivo de infracción penal en el Estado de ejecución [art. 12, apdo. 1, letra d)]
eu-field-ea-decision = Decisión de la autoridad de ejecución
eu-field-ea-ground = Motivo de denegación (art. 12)
eu-field-ea-data = Datos a los que se refieren los motivos
eu-field-ea-data-hint = Solo para motivos de denegación parcial: qué datos no pueden entregarse.
eu-ea-submit = Registrar la decisión
eu-ea-decision-recorded = Se ha registrado la decisión de la autoridad de ejecución.
eu-ea-refused-already-sent-message =
    La autoridad de ejecución ha denegado la ejecución de esta orden ({ $ground }).
    Los datos ya se les facilitaron con arreglo al procedimiento de emergencia (art. 10, apdo. 4): suprímalos o restrinja su uso, según exige el Reglamento.

eu-form3-title = Imposibilidad de ejecutar (formulario 3)
eu-form3-when = Puede darse una respuesta mediante el formulario 3 mientras la orden está en revisión, una vez completada la lista de comprobación de la revisión.
eu-form3-answered = Formulario 3 respondido el { $at }
eu-form3-pdf-link = Descargar el formulario 3 (PDF)
eu-form3-sent-to-ea = Enviado a la autoridad de ejecución ({ $email }) el { $at }.
eu-form3-ea-unsent = Aún no se ha entregado a la autoridad de ejecución ({ $email }). Si el servidor de correo no pudo aceptarlo, se reintenta durante tres días y se registra aquí cuando salga; en caso contrario, envíele usted mismo el PDF del formulario 3.
eu-field-form3-reasons = Motivos
eu-field-form3-explanation = Explicación para la autoridad emisora
eu-field-form3-foreign-law = Derecho extranjero afectado
eu-field-form3-foreign-law-hint = Obligatorio en caso de conflicto de leyes: el tercer país, el acto y la disposición.
eu-form3-submit = Responder con el formulario 3 (deniega la orden)
eu-form3-recorded = La respuesta mediante el formulario 3 se ha registrado y enviado.
eu-form3-reason-incomplete = El certificado está incompleto
eu-form3-reason-manifest_errors = El certificado contiene errores manifiestos
eu-form3-reason-insufficient_information = El certificado no contiene información suficiente
eu-form3-reason-data_not_held = Los datos solicitados no obran en poder del proveedor
eu-form3-reason-de_facto_impossibility = Imposibilidad de hecho no imputable al proveedor
eu-form3-reason-invalid_issuing_authority = La orden no fue emitida ni validada por una autoridad competente
eu-form3-reason-offence_not_covered = La infracción no está comprendida en el ámbito del Reglamento
eu-form3-reason-service_not_covered = El servicio no está comprendido en el ámbito del Reglamento
eu-form3-reason-immunities_or_privileges = Los datos están protegidos por inmunidades o privilegios
eu-form3-reason-conflict_of_law = El cumplimiento entraría en conflicto con el Derecho de un tercer país
eu-form3-message =
    Formulario 3: el proveedor no puede ejecutar esta orden.
    Motivos: { $reasons }
    Explicación: { $explanation }
    El formulario 3 puede descargarse en PDF desde la página de esta solicitud.
eu-form3-ea-mail-subject = { $service }: respuesta mediante el formulario 3 a la orden de la UE { $reference }
eu-form3-ea-mail-body =
    Señoras y señores:

    { $service } ha respondido a la orden de la UE registrada con la referencia { $reference }, en la que figuran ustedes como autoridad de ejecución, mediante un formulario 3 (información sobre la imposibilidad de ejecutar la orden).
    Por motivos de seguridad, la respuesta no se incluye en este mensaje. La autoridad emisora la ha recibido; para obtener una copia, pónganse en contacto con el equipo de respuesta del proveedor indicando la referencia { $reference }.

eu-form3-pdf-title = Formulario 3 (anexo III del Reglamento (UE) 2023/1543): información sobre la imposibilidad de ejecutar la orden
eu-form3-pdf-provider = Proveedor de servicios: { $service }
eu-form3-pdf-reference = Referencia del proveedor: { $reference }
eu-form3-pdf-order = Orden: { $kind }, expediente de la autoridad emisora { $file }
eu-form3-pdf-authority = Autoridad emisora: { $name } ({ $state })
eu-form3-pdf-answered = Respondido: { $at }
eu-form3-pdf-reasons = Motivos:
eu-form3-pdf-explanation = Explicación:
eu-form3-pdf-foreign-law = Derecho extranjero afectado:
eu-form3-pdf-ea = Autoridad de ejecución notificada: { $name }

eu-notice-title = Información al usuario (art. 13)
eu-notice-restriction-not_restricted = La autoridad emisora no restringe la información al usuario: se aplica la política de notificación del proveedor.
eu-notice-restriction-delayed_until = La autoridad emisora ha solicitado que no se informe al usuario antes de que finalice el { $until }.
eu-notice-restriction-until_authority_lifts = La autoridad emisora ha solicitado que no se informe al usuario hasta que ella lo indique: no se envía ninguna notificación (esto no constituye motivo de impugnación).
eu-notice-was-lifted = La autoridad emisora ha levantado su restricción.
eu-notice-lift-submit = La autoridad emisora ha levantado la restricción
eu-notice-lifted = Se ha registrado que la autoridad emisora ha levantado su restricción; notificaciones programadas: { $count }.
notice-state-awaiting_authority = retenida hasta que la autoridad emisora levante su restricción

eu-report-caption = Órdenes europeas de producción y de conservación (Reglamento (UE) 2023/1543), por Estado miembro emisor
eu-report-member-state = Estado miembro emisor
eu-report-type = Tipo de orden
eu-report-type-epoc = EPOC
eu-report-type-emergency_epoc = EPOC de emergencia
eu-report-type-epoc_pr = EPOC-PR
eu-report-orders = Órdenes
eu-report-ea-refusals = Denegadas por la autoridad de ejecución
eu-report-form3 = Respuestas mediante el formulario 3
eu-report-csv = Órdenes de la UE (CSV)

## The timeline of an EU order: the enforcing authority's decision, a moved deadline.
timeline-eu-ea-no_grounds = La autoridad de ejecución no ha apreciado motivos de denegación: los datos se entregan.
timeline-eu-ea-partial_grounds = La autoridad de ejecución ha apreciado motivos de denegación parciales — { $ground }. Las entregas anteriores siguen retenidas; se libera una nueva sin los datos afectados.
timeline-eu-ea-full_refusal = Denegada por la autoridad de ejecución — { $ground }. Los datos no se entregarán nunca.
timeline-eu-ea-full_refusal-sent = Denegada por la autoridad de ejecución — { $ground }. Ya se enviaron datos: la autoridad emisora debe suprimirlos o restringir su uso.
timeline-eu-deadline-earlier = La autoridad emisora ha pedido la revelación antes, a más tardar el { $due } (antes: { $previous }), por estos motivos: { $reason }
timeline-eu-deadline-later = La autoridad emisora ha fijado un nuevo plazo de revelación: { $due } (antes: { $previous }).
timeline-eu-deadline-beyond = Este plazo es posterior al del Reglamento, { $limit }.
timeline-eu_ea_decision = Decisión de la autoridad de ejecución
timeline-eu_deadline_moved = Plazo de revelación modificado por la autoridad emisora
