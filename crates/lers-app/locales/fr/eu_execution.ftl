# Exécution des injonctions de l'UE (règlement (UE) 2023/1543) : suspension liée à l'autorité
# d'exécution (AE), formulaire 3 « impossibilité d'exécuter », information de l'utilisateur,
# sur la console et sur la page du requérant.

eu-panel-title = Injonction de l'UE : exécution
eu-kind-epoc = Injonction européenne de production (EPOC)
eu-kind-epoc_pr = Injonction européenne de conservation (EPOC-PR)
eu-ea-notified = Autorité d'exécution ayant reçu notification : { $authority }

eu-release-label = Remise des données :
eu-release-not_held = non suspendue (aucune autorité d'exécution n'a reçu notification)
eu-release-held = suspendue jusqu'au { $until } (délai de l'autorité d'exécution)
eu-release-emergency_provisional = urgence : les données peuvent être produites dès maintenant ; l'autorité d'exécution peut encore refuser jusqu'au { $until }
eu-release-released = effectuée
eu-release-refused = refusée par l'autorité d'exécution ; les données ne seront jamais remises
eu-release-already-sent = Les données avaient déjà été transmises : l'autorité d'émission a été invitée à les effacer ou à en restreindre l'utilisation.

eu-decision-no_grounds = Aucun motif de refus
eu-decision-partial_grounds = Motifs de refus partiels
eu-decision-full_refusal = Refusée par l'autorité d'exécution
eu-ground-immunities_or_privileges = Immunités ou privilèges, ou règles relatives à la liberté de la presse et à la liberté d'expression (art. 12(1)(a))
eu-ground-fundamental_rights = Violation manifeste d'un droit fondamental (art. 12(1)(b))
eu-ground-ne_bis_in_idem = Ne bis in idem (art. 12(1)(c))
eu-ground-dual_criminality = Ne constitue pas une infraction dans l'État d'exécution (art. 12(1)(d))
eu-field-ea-decision = Décision de l'autorité d'exécution
eu-field-ea-ground = Motif de refus (art. 12)
eu-field-ea-data = Données concernées par les motifs
eu-field-ea-data-hint = Uniquement en cas de motifs partiels : données qui ne peuvent pas être remises.
eu-ea-submit = Enregistrer la décision
eu-ea-decision-recorded = La décision de l'autorité d'exécution a été enregistrée.
eu-ea-refused-already-sent-message =
    L'autorité d'exécution a refusé l'exécution de cette injonction ({ $ground }).
    Des données vous ont déjà été produites selon la procédure d'urgence (art. 10(4)) : effacez-les ou restreignez-en l'utilisation, comme l'exige le règlement.

eu-form3-title = Impossibilité d'exécuter (formulaire 3)
eu-form3-when = Une réponse au moyen du formulaire 3 peut être donnée pendant l'examen de l'injonction, une fois la liste de contrôle de l'examen complétée.
eu-form3-answered = Formulaire 3 transmis le { $at }
eu-form3-pdf-link = Télécharger le formulaire 3 (PDF)
eu-form3-sent-to-ea = Transmis à l'autorité d'exécution ({ $email }) le { $at }.
eu-form3-ea-unsent = Pas encore remis à l'autorité d'exécution ({ $email }). Si le serveur de messagerie n'a pas pu le prendre, l'envoi est retenté pendant trois jours et noté ici dès qu'il part ; sinon, envoyez-lui vous-même le PDF du formulaire 3.
eu-field-form3-reasons = Motifs
eu-field-form3-explanation = Explications à l'intention de l'autorité d'émission
eu-field-form3-foreign-law = Droit étranger concerné
eu-field-form3-foreign-law-hint = Obligatoire en cas de conflit de lois : le pays tiers, l'acte et la disposition.
eu-form3-submit = Répondre au moyen du formulaire 3 (refus d'exécuter l'injonction)
eu-form3-recorded = La réponse au moyen du formulaire 3 a été enregistrée et transmise.
eu-form3-reason-incomplete = Le certificat est incomplet
eu-form3-reason-manifest_errors = Le certificat contient des erreurs manifestes
eu-form3-reason-insufficient_information = Le certificat ne contient pas suffisamment d'informations
eu-form3-reason-data_not_held = Les données demandées ne sont pas détenues par le fournisseur
eu-form3-reason-de_facto_impossibility = Impossibilité de fait non imputable au fournisseur
eu-form3-reason-invalid_issuing_authority = L'injonction n'a pas été émise ou validée par une autorité compétente
eu-form3-reason-offence_not_covered = L'infraction ne relève pas du champ d'application du règlement
eu-form3-reason-service_not_covered = Le service ne relève pas du champ d'application du règlement
eu-form3-reason-immunities_or_privileges = Les données sont protégées par des immunités ou des privilèges
eu-form3-reason-conflict_of_law = L'exécution serait contraire au droit d'un pays tiers
eu-form3-message =
    Formulaire 3 : le fournisseur ne peut pas exécuter cette injonction.
    Motifs : { $reasons }
    Explications : { $explanation }
    Le formulaire 3 peut être téléchargé au format PDF depuis la page de cette demande.
eu-form3-ea-mail-subject = { $service } : réponse au moyen du formulaire 3 à l'injonction de l'UE { $reference }
eu-form3-ea-mail-body =
    Madame, Monsieur,

    { $service } a répondu au moyen d'un formulaire 3 (informations sur l'impossibilité d'exécuter l'injonction) à l'injonction de l'UE enregistrée sous la référence { $reference }, qui vous désigne comme autorité d'exécution.
    Pour des raisons de sécurité, la réponse n'est pas reproduite ici. L'autorité d'émission l'a reçue ; pour en obtenir une copie, contactez l'équipe de réponse du fournisseur en indiquant la référence { $reference }.

eu-form3-pdf-title = Formulaire 3 (annexe III, règlement (UE) 2023/1543) : informations sur l'impossibilité d'exécuter l'injonction
eu-form3-pdf-provider = Fournisseur de services : { $service }
eu-form3-pdf-reference = Référence du fournisseur : { $reference }
eu-form3-pdf-order = Injonction : { $kind }, dossier de l'autorité d'émission { $file }
eu-form3-pdf-authority = Autorité d'émission : { $name } ({ $state })
eu-form3-pdf-answered = Date de la réponse : { $at }
eu-form3-pdf-reasons = Motifs :
eu-form3-pdf-explanation = Explications :
eu-form3-pdf-foreign-law = Droit étranger concerné :
eu-form3-pdf-ea = Autorité d'exécution ayant reçu notification : { $name }

eu-notice-title = Information de l'utilisateur (art. 13)
eu-notice-restriction-not_restricted = L'autorité d'émission ne restreint pas l'information de l'utilisateur : la politique de notification du fournisseur s'applique.
eu-notice-restriction-delayed_until = L'autorité d'émission a demandé que l'utilisateur ne soit pas informé avant la fin du { $until }.
eu-notice-restriction-until_authority_lifts = L'autorité d'émission a demandé que l'utilisateur ne soit pas informé tant qu'elle ne l'y autorise pas : aucune notification n'est envoyée (ce n'est pas un motif de contestation).
eu-notice-was-lifted = L'autorité d'émission a levé sa restriction.
eu-notice-lift-submit = L'autorité d'émission a levé la restriction
eu-notice-lifted = Levée de la restriction par l'autorité d'émission enregistrée ; { $count } notification(s) programmée(s).
notice-state-awaiting_authority = suspendue jusqu'à la levée de la restriction par l'autorité d'émission

eu-report-caption = Injonctions européennes de production et de conservation (règlement (UE) 2023/1543), par État membre d'émission
eu-report-member-state = État membre d'émission
eu-report-type = Type d'injonction
eu-report-type-epoc = EPOC
eu-report-type-emergency_epoc = EPOC urgent
eu-report-type-epoc_pr = EPOC-PR
eu-report-orders = Injonctions
eu-report-ea-refusals = Refusées par l'autorité d'exécution
eu-report-form3 = Réponses au moyen du formulaire 3
eu-report-csv = Injonctions de l'UE (CSV)

## The timeline of an EU order: the enforcing authority's decision, a moved deadline.
timeline-eu-ea-no_grounds = L'autorité d'exécution n'a relevé aucun motif de refus : les données sont communiquées.
timeline-eu-ea-partial_grounds = L'autorité d'exécution a relevé des motifs de refus partiels — { $ground }. Les productions déjà remises restent retenues ; une nouvelle, sans les données concernées, est communiquée.
timeline-eu-ea-full_refusal = Refus de l'autorité d'exécution — { $ground }. Les données ne sont jamais communiquées.
timeline-eu-ea-full_refusal-sent = Refus de l'autorité d'exécution — { $ground }. Des données ont déjà été transmises : l'autorité d'émission doit les effacer ou en limiter l'usage.
timeline-eu-deadline-earlier = L'autorité d'émission a demandé une communication anticipée, au plus tard le { $due } (au lieu du { $previous }), pour les raisons suivantes : { $reason }
timeline-eu-deadline-later = L'autorité d'émission a fixé un nouveau délai de communication : { $due } (au lieu du { $previous }).
timeline-eu-deadline-beyond = Ce délai dépasse celui du règlement, { $limit }.
timeline-eu_ea_decision = Décision de l'autorité d'exécution
timeline-eu_deadline_moved = Délai de communication modifié par l'autorité d'émission
