## The language and time zone kept in the profile (issue 17).

profile-locale-legend = Idioma y zona horaria
field-language = Idioma
field-language-hint = Las páginas y los correos electrónicos que LERS le envía se redactan en este idioma.
field-time-zone = Zona horaria
field-time-zone-hint = Las fechas y horas se muestran en esta zona horaria. Se propone la de su navegador; en su defecto, UTC.
locale-language-unknown = Seleccione uno de los idiomas de la lista.
locale-time-zone-unknown = «{ $zone }» no es una zona horaria que LERS reconozca. Seleccione una de la lista, por ejemplo Europe/Madrid o America/New_York.
