# Délestage et limites de débit (réponses données au lieu de traiter une requête).
operations-busy = LERS est actuellement surchargé et n'a pas traité cette requête. Réessayez dans { $seconds } secondes. Les demandes urgentes sont toujours acceptées.
operations-token-rate = Ce jeton d'API a envoyé trop de requêtes. Rien n'a été traité ; réessayez dans { $seconds } secondes.
operations-address-rate = Trop de requêtes API proviennent de votre adresse. Rien n'a été traité ; réessayez dans { $seconds } secondes.
operations-address-busy = Des demandes de connexion depuis votre adresse sont déjà en cours. Rien n'a été traité ; réessayez dans { $seconds } secondes.
