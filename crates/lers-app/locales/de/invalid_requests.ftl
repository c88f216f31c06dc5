## What was sent cannot be acted on: a link that no longer works, a form that could
## not be read, a choice the page did not offer.

## Links sent by email.
form-link-unknown = Dieser Link ist ungültig. Fordern Sie einen neuen an.
form-link-expired = Dieser Link ist abgelaufen. Fordern Sie einen neuen an.
form-link-used = Dieser Link wurde bereits verwendet. Melden Sie sich an oder fordern Sie einen neuen Link an.
form-link-revoked = Dieser Link ist nicht mehr gültig: Inzwischen wurde ein neuerer Link versandt oder das Konto wurde bestätigt oder geändert. Verwenden Sie den zuletzt erhaltenen Link oder melden Sie sich an.
form-enrollment-reload = Laden Sie die Seite neu, um Ihren Einrichtungscode zu erhalten.

## Forms and choices.
form-unreadable = Das Formular konnte nicht gelesen werden. Laden Sie die Seite neu und senden Sie es erneut.
form-incomplete = Das Formular ist unvollständig oder enthält einen Wert, den die Seite nicht anbietet. Laden Sie die Seite neu und füllen Sie das Formular erneut aus.
form-choose-request-kind = Wählen Sie die Art des Ersuchens.
form-choose-eu-form = Wählen Sie Formular 5 oder Formular 6.
form-choose-language = LERS bietet die Sprache „{ $language }“ nicht an. Wählen Sie eine der folgenden: { $languages }.
form-choose-key-policy = Wählen Sie eine der auf der Seite angebotenen Einstellungen zur Anmeldesicherheit.
form-choose-key-policy-decision = Stimmen Sie der ausstehenden Änderung mit einer der Schaltflächen auf der Seite zu oder lehnen Sie sie ab.
form-choose-account-status = Wählen Sie einen der auf der Seite angebotenen Kontostatus.

## Uploads.
form-upload-offset-missing = Geben Sie im Header Upload-Offset die Byte-Position an, an der dieser Teil beginnt.
form-multipart-unreadable = Der Upload konnte nicht gelesen werden. Senden Sie ihn erneut als multipart/form-data.
form-upload-file-field-missing = Senden Sie das PDF im Multipart-Feld „file“.

## Signing in: one answer for a wrong address, password or code, so that it does not
## tell an attacker which part was right.
form-login-invalid = E-Mail-Adresse, Passwort oder Code sind nicht richtig. Jeder Code gilt nur einmal: Wenn Sie gerade einen verwendet haben, warten Sie auf den nächsten.
form-login-locked = Dieses Konto ist nach zu vielen Fehlversuchen gesperrt. Bitten Sie das Bearbeitungsteam des Anbieters, es zu entsperren.
form-login-disabled = Dieses Konto ist deaktiviert. Wenden Sie sich an das Bearbeitungsteam des Anbieters.
form-login-disabled-inactive = Dieses Konto wurde deaktiviert, weil es 90 Tage lang nicht genutzt wurde. Bitten Sie das Bearbeitungsteam des Anbieters, es wieder zu aktivieren.
form-login-domain-not-admitted = Die Domain Ihrer Behörde ist nicht mehr zugelassen; wenden Sie sich an den Anbieter.
form-login-throttled = Zu viele Fehlversuche aus Ihrem Netzwerk. Warten Sie 15 Minuten und versuchen Sie es erneut.
