# Ce que LERS a renvoyé par HI-1 (ETSI TS 103 120) au point de terminaison d'où provient une injonction :
# le panneau de la page de la demande dans la console.
hi1-outbound-title = Messages destinés au système de l'autorité d'émission (HI-1)
hi1-outbound-intro = Les changements de statut, les réponses au moyen du formulaire 3 et les remises de données sont envoyés à l'URL de notification du point de terminaison, avec de nouvelles tentatives jusqu'à ce qu'il les accepte.
hi1-outbound-col-created = Enregistré le
hi1-outbound-col-about = Objet
hi1-outbound-col-state = État
hi1-outbound-col-attempts = Tentatives
hi1-outbound-col-detail = Détail
hi1-outbound-state-queued = En file d'attente
hi1-outbound-state-delivered = Remis
hi1-outbound-state-failing = Pas encore remis
hi1-outbound-delivered-at = accepté le { $at }
hi1-outbound-transaction = Transaction { $id }
