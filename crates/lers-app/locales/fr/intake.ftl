# Réception unique : demandes reçues en dehors du portail, requérants externes, import de l'existant.

intake-title = Réception
intake-card-text = Enregistrer les demandes reçues par courrier, télécopie, courrier électronique, en main propre, par la voie de l'entraide judiciaire (MLAT), par signification judiciaire ou par le système informatique décentralisé de l'UE.
intake-lead = Consignez comment et quand une demande nous est parvenue et qui l'a envoyée ; complétez-la ensuite au moyen du formulaire de demande, joignez l'acte juridique numérisé et enregistrez-la. Ses délais courent à compter de la réception.
intake-drafts-title = Reçues, pas encore enregistrées
intake-drafts-none = Aucune demande n'est en attente d'enregistrement.
intake-new-title = Réceptionner une demande
intake-section-arrival = Mode et date de réception
intake-section-requester = Le requérant, tel que désigné dans l'acte juridique
intake-choose = Choisissez…
intake-col-request = Demande
intake-col-channel = Canal
intake-col-requester = Requérant
intake-field-received = Reçue le (UTC)
intake-field-served = Signifiée le (UTC)
intake-time-hint = Date et heure en UTC, par exemple 2026-11-20 14:30.
intake-field-entity = Signifiée à
intake-field-name = Nom
intake-field-agency = Organisme
intake-field-email = Adresse électronique officielle
intake-email-hint = Les réponses et une invitation au portail sont envoyées à cette adresse, sans le contenu du dossier.
intake-field-phone = Téléphone
intake-field-country = Pays
intake-open = Continuer vers le formulaire de demande
intake-draft-heading = Demande réceptionnée
intake-received-short = reçue
intake-case-link = fiche de réception
intake-requester-external = Requérant externe (sans compte sur le portail)
intake-requester-linked = Rattachée au compte du requérant sur le portail le
intake-requester-portal = Compte sur le portail
intake-invited-at = invité le
intake-taken-by = Réceptionnée par
intake-source = Importée de la file précédente sous la référence
intake-scan-title = Acte juridique numérisé
intake-edit = Modifier la demande
intake-edit-back = Retour à la fiche de réception
intake-register = Enregistrer la demande
intake-registered = Enregistrée sous la référence { $reference } ; elle figure dans la file d'attente.
intake-open-case = Ouvrir le dossier dans la console
intake-invite = Inviter le requérant sur le portail
intake-invited = Le requérant a été invité sur le portail.
intake-paper-title = Réponses envoyées sur papier
intake-paper-help = Consignez ce qui a été envoyé en dehors de LERS (par courrier, télécopie ou remise en main propre) ; l'envoi figure dans l'historique de la demande.
intake-paper-how = Mode d'envoi
intake-paper-sent-on = Envoyée le
intake-paper-summary = Contenu de l'envoi
intake-paper-record = Enregistrer la réponse
intake-paper-recorded = La réponse envoyée sur papier figure dans l'historique.

intake-channel-portal = Portail
intake-channel-api = API
intake-channel-post = Courrier
intake-channel-fax = Télécopie
intake-channel-email = Courrier électronique
intake-channel-in_person = En main propre
intake-channel-mlat = Entraide judiciaire (MLAT) ou accord international
intake-channel-court_service = Signification judiciaire
intake-channel-eu_decentralised_it = Système informatique décentralisé de l'UE

mail-intake-invite-subject = { $service } : vous êtes invité à suivre votre demande en ligne
mail-intake-invite-body =
    Bonjour { $name },

    Nous avons reçu une demande de votre part et l'avons enregistrée dans { $service }, notre système de traitement des demandes des services répressifs. Vous pouvez la suivre en ligne : inscrivez-vous avec cette même adresse électronique à l'adresse

    { $link }

    Une fois votre adresse confirmée, la demande apparaîtra dans votre compte.

    { $service }
intake-account-external = requérant externe

# La ligne d'historique d'une réponse envoyée sur papier par le personnel.
timeline-paper_reply = Réponse envoyée sur papier
