## The language and time zone kept in the profile (issue 17).

profile-locale-legend = Język i strefa czasowa
field-language = Język
field-language-hint = W tym języku wyświetlane są strony i wysyłane wiadomości e-mail z LERS.
field-time-zone = Strefa czasowa
field-time-zone-hint = Daty i godziny są wyświetlane w tej strefie czasowej. Proponowana jest strefa przeglądarki, a w przeciwnym razie UTC.
locale-language-unknown = Prosimy wybrać jeden z języków z listy.
locale-time-zone-unknown = „{ $zone }” nie jest strefą czasową znaną LERS. Prosimy wybrać strefę z listy, na przykład Europe/Warsaw lub America/New_York.
