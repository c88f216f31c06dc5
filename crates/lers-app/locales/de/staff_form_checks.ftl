## Prüfungen in den Formularen der Administration und des Bearbeitungsteams: die Zulassungsliste
## der Domains, Schnittstellenendpunkte, Mitarbeitende, Regionen, Herausgaben und Berichte.

## Die Zulassungsliste der E-Mail-Domains von Antragstellern.
form-domain-rule-empty = Das Muster ist leer: Geben Sie eine Domain wie abilenetx.gov oder eine Suffixregel wie *.police.uk an.
form-domain-rule-bare-wildcard = Ein einzelnes „*“ würde jede Adresse zulassen: Geben Sie eine Suffixregel wie *.police.uk an.
form-domain-rule-misplaced-wildcard = „*“ ist nur ganz am Anfang zulässig und muss von einem Punkt gefolgt werden, wie in *.police.uk.
form-domain-rule-suffix-too-broad = Eine Suffixregel braucht nach „*.“ mindestens zwei Labels (*.police.uk, nicht *.uk): Ein einzelnes Label ist eine ganze Top-Level-Domain, die jedem offensteht.
form-domain-rule-non-ascii = Internationale Zeichen werden nicht akzeptiert, da ähnlich aussehende Buchstaben ein bekannter Trick zur Identitätstäuschung sind: Schreiben Sie die Domain in reinem ASCII.
form-domain-rule-punycode = Punycode-Labels (beginnend mit „xn--“) werden nicht akzeptiert, da sie internationale, ähnlich aussehende Buchstaben kodieren: Schreiben Sie die Domain in reinem ASCII.
form-domain-rule-trailing-dot = Das Muster endet mit einem Punkt: Entfernen Sie den abschließenden Punkt.
form-domain-rule-empty-label = Das Muster enthält ein leeres Label (zwei Punkte hintereinander oder einen Punkt am Anfang): Entfernen Sie den überzähligen Punkt.
form-domain-rule-invalid-character = Eine Domain darf nur die Buchstaben a-z, Ziffern, Bindestriche und Punkte enthalten: Geben Sie nur die Domain an, keine E-Mail-Adresse und keine URL.
form-domain-rule-label-hyphen = Ein Label der Domain beginnt oder endet mit einem Bindestrich, was DNS nicht zulässt: Prüfen Sie die Schreibweise.
form-domain-rule-label-too-long = Ein Label der Domain ist länger als 63 Zeichen, was DNS nicht zulässt: Prüfen Sie die Schreibweise.
form-domain-rule-too-long = Die Domain ist länger als 253 Zeichen, was DNS nicht zulässt: Prüfen Sie die Schreibweise.
form-domain-rule-single-label = Eine Domain aus nur einem Label (etwa „gov“) ist eine ganze Top-Level-Domain: Geben Sie die vollständige Domain an, etwa abilenetx.gov.
form-domain-rule-numeric-tld = Das letzte Label der Domain ist eine Zahl und damit eine IP-Adresse, keine Domain: Geben Sie den Domainnamen an.

## Schnittstellenendpunkte (ETSI HI-1).
form-endpoint-country-code = Geben Sie das Land des Endpunkts als zweistelligen Code nach ISO 3166-1 an (EU für Einrichtungen der EU).
form-endpoint-identifier = Geben Sie die eindeutige Kennung des Endpunkts genau so an, wie seine Nachrichten sie im SenderIdentifier enthalten (ohne Leerzeichen, höchstens { $max } Zeichen).
form-endpoint-name = Geben Sie den Namen der Behörde in einer Zeile an, höchstens { $max } Zeichen.
form-endpoint-fingerprint = Geben Sie den SHA-256-Fingerabdruck des Client-Zertifikats an: 64 Hexadezimalziffern (Doppelpunkte zulässig), z. B. aus openssl x509 -in cert.pem -outform der | sha256sum.
form-endpoint-public-key = Geben Sie den öffentlichen Ed25519-Schlüssel des Endpunkts an: seine 32 Bytes hexadezimal (64 Ziffern) oder in base64.
form-endpoint-auth-kind = Wählen Sie, wie sich der Endpunkt authentifiziert: mit Client-Zertifikat oder mit signiertem Token.
form-endpoint-notify-url = Geben Sie eine https://-Adresse für Benachrichtigungen an oder lassen Sie das Feld leer.
form-endpoint-contact-email = Geben Sie die E-Mail-Adresse der Ansprechstelle der Behörde für diese Anordnungen an.
form-endpoint-role = Wählen Sie, für wen der Endpunkt handelt: für eine Anordnungsbehörde oder für die Vollstreckungsbehörde.
form-endpoint-country = Eine Vollstreckungsbehörde muss aus dem Mitgliedstaat dieses Diensteanbieters ({ $country }) stammen: Nur die Behörde dieses Staates entscheidet über hier zugestellte Anordnungen.
form-endpoint-contact-is-staff = Diese Adresse gehört zu einem Mitarbeiterkonto; geben Sie die eigene Kontaktadresse der Behörde an.

## Mitarbeitende, Eingang und Ausscheiden.
form-staff-roles-missing = Weisen Sie der neuen mitarbeitenden Person mindestens eine Rolle zu.
form-intake-requester-is-staff = Diese Adresse gehört zu einem Mitarbeiterkonto; geben Sie die eigene Adresse der anfragenden Person an.
form-intake-scan-missing = Fügen Sie die eingescannte rechtliche Anordnung (als PDF) bei, bevor Sie das Ersuchen registrieren.
form-leaving-staff-account = Mitarbeiterkonten werden beim Löschen in den Papierkorb verschoben und bei der endgültigen Entfernung anonymisiert; sie werden nicht hier gelöscht.
form-step-up-code-missing = Hierfür ist ein aktueller Code aus Ihrer Authenticator-App erforderlich.
form-step-up-key-required = Ihre Organisation verlangt für diesen Schritt einen Sicherheitsschlüssel oder Passkey: Berühren Sie Ihren Schlüssel (Schaltfläche neben dem Codefeld) und senden Sie das Formular mit leerem Codefeld ab.
form-step-up-key-register-first = Ihre Organisation verlangt für diesen Schritt einen Sicherheitsschlüssel oder Passkey, und Ihr Konto hat noch keinen: Melden Sie sich ab, melden Sie sich erneut an und registrieren Sie direkt danach einen Schlüssel.

## Wer welche Teile eines Vorgangs sieht.
form-field-role-unknown = Wählen Sie eine der aufgeführten Rollen.
form-field-group-unknown = Wählen Sie einen der aufgeführten Teile eines Vorgangs.
form-field-level-unknown = Wählen Sie „verborgen“, „ansehen“ oder „ansehen und bearbeiten“.

## Datenregionen.
form-region-not-configured = { $region } ist keine konfigurierte Region; wählen Sie eine der folgenden: { $regions }.
form-region-already-placed = Dieses Ersuchen befindet sich bereits in der Region { $region }, in der auch seine Dateien liegen.

## Herausgabedateien und Transparenzberichte.
form-file-name-missing = Geben Sie der Datei einen Namen (z. B. account-export.zip).
form-file-name-too-long = Dateinamen dürfen höchstens 255 Byte lang sein.
form-production-file-too-large = Eine einzelne Datei darf höchstens 256 TiB groß sein; teilen Sie sie auf mehrere Dateien auf.
form-period-not-begun = Wählen Sie einen Zeitraum, der bereits begonnen hat.
