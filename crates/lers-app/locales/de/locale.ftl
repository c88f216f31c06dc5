## The language and time zone kept in the profile (issue 17).

profile-locale-legend = Sprache und Zeitzone
field-language = Sprache
field-language-hint = In dieser Sprache werden Ihnen die Seiten angezeigt und die E-Mails von LERS zugesandt.
field-time-zone = Zeitzone
field-time-zone-hint = Datums- und Zeitangaben werden in dieser Zeitzone angezeigt. Vorgeschlagen wird die Zeitzone Ihres Browsers, andernfalls UTC.
locale-language-unknown = Bitte wählen Sie eine der aufgeführten Sprachen.
locale-time-zone-unknown = „{ $zone }“ ist keine LERS bekannte Zeitzone. Bitte wählen Sie eine Zeitzone aus der Liste, zum Beispiel Europe/Berlin oder America/New_York.
