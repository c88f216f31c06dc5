## Passkeys und Sicherheitsschlüssel (WebAuthn)

passkey-working = Bitte folgen Sie den Anweisungen Ihres Browsers oder Sicherheitsschlüssels …
passkey-cancelled = Der Schlüssel wurde nicht verwendet: Der Vorgang wurde abgebrochen oder die Zeit ist abgelaufen. Bitte versuchen Sie es erneut.
passkey-unavailable = Dieser Browser kann keine Passkeys oder Sicherheitsschlüssel verwenden (WebAuthn ist nicht verfügbar oder die Seite wird nicht über HTTPS ausgeliefert). Verwenden Sie einen aktuellen Browser oder melden Sie sich mit Passwort und Code an.
passkey-needs-script = Passkeys und Sicherheitsschlüssel benötigen JavaScript in diesem Browser. Melden Sie sich stattdessen mit Passwort und Code an.
passkey-sign-in-title = Mit einem Passkey anmelden
passkey-sign-in-lead = Verwenden Sie einen für Ihr Konto registrierten Passkey oder Sicherheitsschlüssel. Das Entsperren mit PIN, Fingerabdruck oder Gesichtserkennung gilt als beide Faktoren: Passwort und Code sind nicht erforderlich.
passkey-sign-in-button = Mit einem Passkey anmelden
passkey-second-factor-button = Sicherheitsschlüssel statt Code verwenden
passkey-second-factor-missing = Geben Sie zuerst Ihre E-Mail-Adresse und Ihr Passwort ein und verwenden Sie dann Ihren Schlüssel.
passkey-step-up-button = Mit meinem Sicherheitsschlüssel bestätigen
passkey-step-up-done = Schlüssel bestätigt. Lassen Sie das Codefeld leer und fahren Sie fort.
passkey-login-key-required = Für Ihr Konto ist die Anmeldung mit einem Passkey oder Sicherheitsschlüssel vorgeschrieben; Passwort und Code genügen nicht. Verwenden Sie unten „Mit einem Passkey anmelden“.

passkeys-title = Passkeys und Sicherheitsschlüssel
passkeys-lead = Ein Passkey oder Sicherheitsschlüssel meldet Sie ohne Passwort an und ist gegen Phishing geschützt: Er funktioniert nur auf dieser Website. Sie können mehrere registrieren, etwa einen auf Ihrem Computer und einen Ersatzschlüssel am Schlüsselbund.
passkeys-manage-link = Passkeys und Sicherheitsschlüssel
passkeys-enrolment-required = Ihre Organisation schreibt die Anmeldung mit einem Passkey oder Sicherheitsschlüssel vor. Registrieren Sie jetzt einen; diese Seite steht Ihnen nach der Anmeldung nur wenige Minuten offen. Künftig melden Sie sich mit dem Schlüssel an.
passkeys-policy-applies = Ihre Organisation schreibt die Anmeldung mit einem Passkey oder Sicherheitsschlüssel vor; Ihr letzter Schlüssel kann daher nicht entfernt werden.
passkeys-none = Es ist noch kein Passkey und kein Sicherheitsschlüssel registriert.
passkeys-caption = Ihre Passkeys und Sicherheitsschlüssel
passkeys-col-synced = Synchronisiert
passkeys-never-used = Noch nie verwendet
passkeys-synced-yes = Ja (vom Anbieter gesichert)
passkeys-synced-no = Nein (nur auf dem Gerät gespeichert)
passkeys-new-name = Neuer Name
passkeys-rename = Umbenennen
passkeys-remove = Entfernen
passkeys-fresh-factor-hint = Zum Hinzufügen, Umbenennen oder Entfernen eines Schlüssels ist ein frischer zweiter Faktor nötig: ein aktueller Code oder ein in den letzten 5 Minuten bestätigter Schlüssel oder Code.
passkeys-add-title = Passkey oder Sicherheitsschlüssel hinzufügen
passkeys-name = Name des Schlüssels
passkeys-name-hint = Eine Bezeichnung, an der Sie Ihre Schlüssel unterscheiden, zum Beispiel „Dienstlaptop“ oder „Blauer Schlüssel“.
passkeys-code-hint = Ein aktueller Code aus Ihrer Authenticator-App. Lassen Sie das Feld leer, wenn Sie in den letzten 5 Minuten einen Code oder Schlüssel bestätigt haben.
passkeys-add = Schlüssel hinzufügen
passkey-registered = Der Schlüssel wurde hinzugefügt. Sie können sich jetzt damit anmelden.
passkey-renamed = Der Schlüssel wurde umbenannt.
passkey-removed = Der Schlüssel wurde entfernt. Mit ihm ist keine Anmeldung bei diesem Konto mehr möglich.

passkey-error-no-relying-party = Passkeys können in dieser Installation nicht verwendet werden: Ihre öffentliche Adresse ist dafür keine gültige Webadresse. Bitte informieren Sie das Response-Team des Anbieters.
passkey-error-challenge = Dieser Vorgang ist abgelaufen oder wurde bereits verwendet. Bitte beginnen Sie erneut.
passkey-error-rejected = Die Antwort des Schlüssels konnte nicht geprüft werden. Versuchen Sie es erneut mit einem für dieses Konto registrierten Schlüssel und entsperren Sie ihn mit PIN oder biometrischem Merkmal.
passkey-error-clone = Dieser Schlüssel wurde abgewiesen: Sein Nutzungszähler ist zurückgegangen, was auf eine Kopie hindeuten kann. Der Versuch wurde protokolliert. Verwenden Sie einen anderen Schlüssel oder Ihren Code und informieren Sie das Response-Team des Anbieters.
passkey-error-unknown-key = Dieser Schlüssel ist hier für kein Konto registriert. Melden Sie sich mit Passwort und Code an und fügen Sie den Schlüssel dann hinzu.
passkey-error-no-keys = Für Ihr Konto ist kein Passkey und kein Sicherheitsschlüssel registriert. Verwenden Sie einen Code oder fügen Sie unter „Passkeys und Sicherheitsschlüssel“ einen Schlüssel hinzu.
passkey-error-already-registered = Dieser Schlüssel ist bereits registriert.
passkey-error-too-many = Dieses Konto hat bereits die höchstzulässige Zahl von Schlüsseln (20). Entfernen Sie einen, bevor Sie einen weiteren hinzufügen.
passkey-error-name-empty = Bitte geben Sie dem Schlüssel einen Namen.
passkey-error-name-long = Der Name darf höchstens 60 Zeichen lang sein.
passkey-error-name-characters = Der Name darf keine Zeilenumbrüche und keine unsichtbaren Steuerzeichen enthalten.
passkey-error-fresh-factor = Hierfür ist ein frischer zweiter Faktor nötig: Geben Sie einen aktuellen Code aus Ihrer Authenticator-App ein oder bestätigen Sie zuerst mit Ihrem Sicherheitsschlüssel.
passkey-error-last-key = Dies ist Ihr letzter Schlüssel, und Ihre Organisation schreibt einen vor: Fügen Sie einen weiteren Schlüssel hinzu, bevor Sie diesen entfernen.
passkey-error-account = Mit diesem Konto ist derzeit keine Anmeldung möglich (es ist gesperrt oder deaktiviert, oder seine Domain ist nicht mehr zugelassen). Wenden Sie sich an das Response-Team des Anbieters.
passkey-error-throttled = Zu viele fehlgeschlagene Versuche aus Ihrem Netzwerk. Warten Sie 15 Minuten und versuchen Sie es dann erneut.
passkey-error-internal = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut und informieren Sie den Anbieter, falls der Fehler bestehen bleibt.

passkey-policy-title = Anmeldesicherheit
passkey-policy-lead = Wer sich mit einem Passkey oder Sicherheitsschlüssel anmelden muss. Betroffene Personen können sich nicht mehr mit Passwort und Code anmelden; wer noch keinen Schlüssel hat, registriert ihn unmittelbar nach der nächsten Anmeldung mit Passwort und Code.
passkey-policy-link = Anmeldesicherheit: Passkeys und Sicherheitsschlüssel
passkey-policy-legend = Passkeys oder Sicherheitsschlüssel sind vorgeschrieben für
passkey-policy-save = Speichern
passkey-policy-saved = Die Anmelderegel wurde gespeichert.
passkey-policy-nobody = Niemanden (für alle freiwillig)
passkey-policy-approvers = Mitarbeitende mit der Rolle „Genehmiger“
passkey-policy-all_staff = Alle Mitarbeitenden
passkey-policy-everyone = Alle, einschließlich der anfragenden Behörden
passkey-policy-four-eyes = Wird der Kreis der Personen mit Schlüsselpflicht erweitert, gilt das sofort. Wird er verkleinert, entfällt ein Schutz; deshalb muss ein zweiter Administrator zustimmen.
passkey-policy-proposed = Die Änderung lockert die Regel und wartet daher auf dieser Seite auf die Zustimmung eines zweiten Administrators; stimmt innerhalb von 72 Stunden niemand zu, verfällt sie. Bis zur Zustimmung gilt die bisherige Regel.
passkey-policy-pending = { $name } schlägt vor, Schlüssel nur noch zu verlangen von: { $policy }. Vorgeschlagen { $at }; der Vorschlag verfällt { $expires }.
passkey-policy-own-proposal = Sie haben diese Änderung vorgeschlagen; ein anderer Administrator muss ihr zustimmen. Sie können den Vorschlag zurückziehen.
passkey-policy-withdraw = Meinen Vorschlag zurückziehen
passkey-policy-approved = Der Änderung wurde zugestimmt; sie gilt ab sofort.
passkey-policy-rejected = Der Vorschlag wurde verworfen; die geltende Regel bleibt unverändert.

# Mail to the owner when a key is added or removed (a stolen session must not add one unnoticed).
mail-key-added-subject = { $service }: Ein Sicherheitsschlüssel wurde Ihrem Konto hinzugefügt
mail-key-added-body =
    Guten Tag { $name },

    der Sicherheitsschlüssel bzw. Passkey „{ $key }“ wurde am { $at } Ihrem Konto bei { $service } hinzugefügt.

    Wenn Sie das waren, ist nichts weiter zu tun. Andernfalls melden Sie sich bitte umgehend an, entfernen Sie den Schlüssel, ändern Sie Ihr Passwort und informieren Sie den Anbieter:
    { $link }
mail-key-removed-subject = { $service }: Ein Sicherheitsschlüssel wurde aus Ihrem Konto entfernt
mail-key-removed-body =
    Guten Tag { $name },

    der Sicherheitsschlüssel bzw. Passkey „{ $key }“ wurde am { $at } aus Ihrem Konto bei { $service } entfernt.

    Wenn Sie das waren, ist nichts weiter zu tun. Andernfalls melden Sie sich bitte umgehend an, prüfen Sie Ihre Schlüssel, ändern Sie Ihr Passwort und informieren Sie den Anbieter:
    { $link }
mail-key-renamed-subject = { $service }: Ein Sicherheitsschlüssel in Ihrem Konto wurde umbenannt
mail-key-renamed-body =
    Guten Tag { $name },

    der Sicherheitsschlüssel bzw. Passkey „{ $previous }“ in Ihrem Konto bei { $service } wurde am { $at } in „{ $key }“ umbenannt.

    Wenn Sie das waren, ist nichts weiter zu tun. Andernfalls melden Sie sich bitte umgehend an, prüfen Sie Ihre Schlüssel, ändern Sie Ihr Passwort und informieren Sie den Anbieter:
    { $link }
