## Contrôles des formulaires de l'administrateur et de l'équipe de réponse : liste d'autorisation des domaines,
## points de terminaison de l'interface, personnel, régions, communications de données et rapports.

## La liste d'autorisation des domaines de messagerie des requérants.
form-domain-rule-empty = L'entrée est vide : indiquez un domaine tel que abilenetx.gov ou une règle de suffixe telle que *.police.uk.
form-domain-rule-bare-wildcard = Un « * » isolé autoriserait toutes les adresses : indiquez une règle de suffixe telle que *.police.uk.
form-domain-rule-misplaced-wildcard = Le caractère « * » n'est admis qu'au tout début de l'entrée, suivi d'un point, comme dans *.police.uk.
form-domain-rule-suffix-too-broad = Une règle de suffixe exige au moins deux étiquettes après « *. » (*.police.uk, et non *.uk) : une étiquette unique correspond à un domaine de premier niveau entier, ouvert à tous.
form-domain-rule-non-ascii = Les caractères internationaux ne sont pas acceptés, car les lettres d'apparence semblable sont un procédé d'usurpation bien connu : écrivez le domaine en ASCII simple.
form-domain-rule-punycode = Les étiquettes Punycode (commençant par « xn-- ») ne sont pas acceptées, car elles codent des lettres internationales d'apparence semblable : écrivez le domaine en ASCII simple.
form-domain-rule-trailing-dot = L'entrée se termine par un point : supprimez ce point final.
form-domain-rule-empty-label = L'entrée comporte une étiquette vide (deux points consécutifs ou un point initial) : supprimez le point superflu.
form-domain-rule-invalid-character = Un domaine ne peut contenir que des lettres a-z, des chiffres, des traits d'union et des points : indiquez le domaine seul, et non une adresse électronique ou une URL.
form-domain-rule-label-hyphen = Une étiquette du domaine commence ou se termine par un trait d'union, ce que le DNS n'autorise pas : vérifiez l'orthographe.
form-domain-rule-label-too-long = Une étiquette du domaine dépasse 63 caractères, ce que le DNS n'autorise pas : vérifiez l'orthographe.
form-domain-rule-too-long = Le domaine dépasse 253 caractères, ce que le DNS n'autorise pas : vérifiez l'orthographe.
form-domain-rule-single-label = Un domaine à une seule étiquette (tel que « gov ») constitue un domaine de premier niveau entier : indiquez le domaine complet, par exemple abilenetx.gov.
form-domain-rule-numeric-tld = La dernière étiquette du domaine est un nombre : il s'agit d'une adresse IP, et non d'un domaine. Indiquez le nom de domaine.

## Points de terminaison de l'interface (ETSI HI-1).
form-endpoint-country-code = Indiquez le pays du point de terminaison par son code ISO 3166-1 à deux lettres (EU pour les organes de l'UE).
form-endpoint-identifier = Indiquez l'identifiant unique du point de terminaison exactement tel qu'il figure dans le champ SenderIdentifier de ses messages (sans espaces, { $max } caractères au maximum).
form-endpoint-name = Indiquez le nom de l'autorité sur une seule ligne, { $max } caractères au maximum.
form-endpoint-fingerprint = Indiquez l'empreinte SHA-256 du certificat client : 64 chiffres hexadécimaux (deux-points admis), obtenus par exemple avec openssl x509 -in cert.pem -outform der | sha256sum.
form-endpoint-public-key = Indiquez la clé publique Ed25519 du point de terminaison : ses 32 octets en hexadécimal (64 chiffres) ou en base64.
form-endpoint-auth-kind = Choisissez le mode d'authentification du point de terminaison : certificat client ou jeton signé.
form-endpoint-notify-url = Indiquez une adresse https:// pour les notifications, ou laissez le champ vide.
form-endpoint-contact-email = Indiquez l'adresse électronique de la personne de contact de l'autorité pour ces injonctions.
form-endpoint-role = Choisissez en quelle qualité agit le point de terminaison : autorité d'émission ou autorité d'exécution.
form-endpoint-country = Une autorité d'exécution doit relever de l'État membre du fournisseur ({ $country }) : seule l'autorité de cet État statue sur les injonctions qui y sont signifiées.
form-endpoint-contact-is-staff = Cette adresse appartient à un compte du personnel ; indiquez l'adresse de contact propre à l'autorité.

## Personnel, réception des demandes et clôture de compte.
form-staff-roles-missing = Attribuez au moins un rôle au nouveau membre du personnel.
form-intake-requester-is-staff = Cette adresse appartient à un compte du personnel ; indiquez l'adresse propre au requérant.
form-intake-scan-missing = Joignez l'acte juridique numérisé (un PDF) avant d'enregistrer la demande.
form-leaving-staff-account = Les comptes du personnel sont placés dans la corbeille lors de leur suppression, puis anonymisés lors de leur effacement définitif ; ils ne sont pas effacés ici.
form-step-up-code-missing = Cette opération exige un code actuel de votre application d'authentification.
form-step-up-key-required = Votre organisation exige une clé de sécurité ou une clé d'accès pour cette étape : touchez votre clé (bouton à côté du champ du code), puis envoyez le formulaire en laissant le code vide.
form-step-up-key-register-first = Votre organisation exige une clé de sécurité ou une clé d'accès pour cette étape, et votre compte n'en a pas encore : déconnectez-vous, reconnectez-vous et enregistrez une clé juste après la connexion.

## Qui voit quelles parties d'un dossier.
form-field-role-unknown = Choisissez l'un des rôles proposés.
form-field-group-unknown = Choisissez l'une des parties de dossier proposées.
form-field-level-unknown = Choisissez « masqué », « consultation » ou « consultation et modification ».

## Régions de données.
form-region-not-configured = { $region } n'est pas une région configurée ; choisissez l'une des régions suivantes : { $regions }.
form-region-already-placed = Cette demande se trouve déjà dans la région { $region }, où sont stockés ses fichiers.

## Fichiers de communication et rapports de transparence.
form-file-name-missing = Donnez un nom au fichier (p. ex. account-export.zip).
form-file-name-too-long = Un nom de fichier ne peut pas dépasser 255 octets.
form-production-file-too-large = Un fichier ne peut pas dépasser 256 TiB ; répartissez son contenu entre plusieurs fichiers.
form-period-not-begun = Choisissez une période déjà commencée.
