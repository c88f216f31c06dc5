domains-builtin-title = Liste intégrée des domaines .gov des États-Unis
domains-builtin-status = LERS est fourni avec la liste de la CISA des domaines .gov enregistrés aux États-Unis, chargée lors du premier démarrage : { $enabled } de ses { $total } entrées permettent l'inscription. La désactiver bloque les inscriptions depuis ces domaines ; les entrées peuvent toujours être activées ou désactivées individuellement ci-dessous.
domains-builtin-disable = Désactiver l'ensemble de la liste intégrée
domains-builtin-enable = Réactiver la liste intégrée
domains-builtin-disabled = { $count } entrées de la liste intégrée ont été désactivées.
domains-builtin-enabled = { $count } entrées de la liste intégrée ont été réactivées ; les entrées désactivées individuellement restent désactivées.
