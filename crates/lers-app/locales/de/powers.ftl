## Wiederherstellungscodes, Vier-Augen-Genehmigungen, Inaktivität, ablaufende API-Tokens (Issue 11).

recovery-title = Ihre Wiederherstellungscodes
recovery-lead = Die Zwei-Faktor-Authentifizierung ist aktiviert. Wenn Sie Ihren Authenticator verlieren, melden Sie sich mit einem dieser Codes anstelle des 6-stelligen Codes an. Jeder Code ist nur einmal gültig; nach Verwendung eines Codes müssen Sie einen neuen Authenticator einrichten, wodurch Sie neue Codes erhalten und diese ungültig werden.
recovery-once = Bewahren Sie sie an einem sicheren Ort getrennt von Ihrem Telefon auf (ausgedruckt oder in einem Passwort-Manager). Sie werden nur jetzt angezeigt.
recovery-continue = Ich habe meine Codes gespeichert — weiter
mfa-reenroll-lead = Sie haben sich mit einem Wiederherstellungscode angemeldet. Richten Sie Ihren Authenticator erneut ein, um fortzufahren; Ihre verbleibenden Wiederherstellungscodes werden durch neue ersetzt.

approvals-title = Wartet auf eine zweite Administratorin oder einen zweiten Administrator
approvals-lead = Für die Vergabe der Rollen Administrator oder Genehmiger und für das Zurücksetzen des zweiten Faktors einer Person sind zwei Administratoren erforderlich: Eine Person schlägt vor, eine andere genehmigt oder lehnt ab, jeweils mit einem neuen Code. Vorschläge verfallen nach 72 Stunden.
approvals-none = Es wartet nichts.
approvals-col-change = Änderung
approvals-col-proposed = Vorgeschlagen von
approvals-col-expires = Läuft ab (UTC)
approvals-waiting = Wartet auf eine andere Administratorin oder einen anderen Administrator
approvals-approve = Genehmigen
approvals-reject = Ablehnen
approval-grant = Rollen von „{ $from }“ zu „{ $to }“
approval-reset = Zweiten Faktor zurücksetzen (Authenticator und Wiederherstellungscodes)
approval-approved = Genehmigt: Die Änderung für { $name } ist vorgenommen.
approval-rejected = Abgelehnt: Für { $name } ändert sich nichts.
powers-code = Ihr aktueller Code
powers-code-refused = Nicht ausgeführt: { $reason }
roles-code = Ihr aktueller Code (erforderlich für die Vergabe der Rollen Administrator oder Genehmiger)
roles-proposed = Die Änderung der Rollen von { $name } wurde vorgeschlagen; eine andere Administratorin oder ein anderer Administrator muss sie innerhalb von 72 Stunden genehmigen.
reset-propose = Zurücksetzen des zweiten Faktors vorschlagen
reset-proposed = Das Zurücksetzen des zweiten Faktors von { $name } wurde vorgeschlagen; eine andere Administratorin oder ein anderer Administrator muss es innerhalb von 72 Stunden genehmigen.
invite-code-hint = Nur für Einladungen mit der Rolle Administrator oder Genehmiger erforderlich; direkt ist dies nur möglich, solange es eine einzige Administratorin oder einen einzigen Administrator gibt.
invite-privileged-needs-approval = Laden Sie zunächst mit den übrigen Rollen ein; die Vergabe der Rolle Administrator oder Genehmiger erfordert dann die Genehmigung einer zweiten Administratorin oder eines zweiten Administrators (über das Rollenformular in der Liste).

col-expires = Läuft ab (UTC)
token-expired = abgelaufen
token-never-used = nie
token-renew = Verlängern
token-renewed = Token verlängert; es läuft jetzt am { $until } ab.
field-token-days = Gültigkeitsdauer in Tagen
field-token-days-hint = 90 Tage, sofern Sie nichts anderes wählen; höchstens ein Jahr. Verlängern Sie das Token, bevor es abläuft.

mail-inactivity-subject = { $service }: Ihr Konto wird wegen Inaktivität deaktiviert
mail-inactivity-body =
    Guten Tag { $name },

    Ihr Konto bei { $service } wurde seit Langem nicht genutzt. Konten, die 90 Tage lang
    nicht genutzt werden, werden deaktiviert. Melden Sie sich vor dem { $date } an (oder verwenden Sie
    eines Ihrer API-Tokens), um es zu erhalten:

    { $link }

    Wurde es deaktiviert, kann das Bearbeitungsteam des Anbieters es wieder aktivieren.
