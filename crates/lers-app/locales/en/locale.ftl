## The language and time zone kept in the profile (issue 17).

profile-locale-legend = Language and time zone
field-language = Language
field-language-hint = Pages and the e-mails LERS sends you are written in this language.
field-time-zone = Time zone
field-time-zone-hint = Dates and times are shown in this time zone. Your browser's time zone is suggested; otherwise UTC.
locale-language-unknown = Choose one of the languages in the list.
locale-time-zone-unknown = “{ $zone }” is not a time zone LERS knows. Choose one from the list, for example Europe/Warsaw or America/New_York.
