## The language and time zone kept in the profile (issue 17).

profile-locale-legend = Langue et fuseau horaire
field-language = Langue
field-language-hint = Les pages et les courriels que LERS vous adresse sont rédigés dans cette langue.
field-time-zone = Fuseau horaire
field-time-zone-hint = Les dates et les heures sont affichées dans ce fuseau horaire. Celui de votre navigateur est proposé ; à défaut, UTC.
locale-language-unknown = Veuillez choisir l’une des langues de la liste.
locale-time-zone-unknown = « { $zone } » n’est pas un fuseau horaire connu de LERS. Veuillez en choisir un dans la liste, par exemple Europe/Paris ou America/New_York.
