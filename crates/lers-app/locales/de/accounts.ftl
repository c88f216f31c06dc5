## Konten: Links, vergessene und geänderte Passwörter, Profil, Änderung der E-Mail-Adresse, Drosselung

throttled-text = Zu viele Versuche aus Ihrem Netzwerk oder für diese Adresse. Zum Schutz der Postfächer der Beamtinnen und Beamten ist dieses Formular begrenzt. Versuchen Sie es in { $minutes } Minuten erneut.

signup-resend-prompt = Nach einigen Minuten keine E-Mail erhalten?
login-forgot = Passwort vergessen?
login-resend = Keine Bestätigungs-E-Mail erhalten?

resend-title = Bestätigungslink erneut senden
resend-lead = Geben Sie die Adresse ein, mit der Sie sich registriert haben. Gehört sie zu einem noch nicht bestätigten Konto, senden wir einen neuen Link dorthin; ältere Links werden ungültig.
resend-submit = Neuen Link senden

forgot-title = Passwort vergessen
forgot-lead = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Gehört sie zu einem aktiven Konto, senden wir einen Link dorthin, mit dem Sie ein neues Passwort wählen können. Der Link ist einmalig und eine Stunde lang gültig.
forgot-submit = Link zum Zurücksetzen senden
forgot-sent-title = Bitte prüfen Sie Ihr E-Mail-Postfach
forgot-sent-text = Sofern die Adresse zu einem aktiven Konto gehört, haben wir einen Link dorthin gesendet, mit dem Sie ein neues Passwort wählen können. Der Link ist einmalig und eine Stunde lang gültig; nur der zuletzt gesendete Link ist gültig.

reset-title = Neues Passwort wählen
reset-lead = Wählen Sie ein neues Passwort für { $email }. Alle Sitzungen dieses Kontos werden beendet; anschließend melden Sie sich mit dem neuen Passwort und einem Code aus Ihrer Authenticator-App an.
reset-submit = Neues Passwort speichern
reset-done-title = Ihr Passwort wurde geändert
reset-done-text = Alle Sitzungen Ihres Kontos wurden beendet. Melden Sie sich mit Ihrem neuen Passwort und einem Code aus Ihrer Authenticator-App an.

change-password-title = Passwort ändern
change-password-lead = Bestätigen Sie mit Ihrem aktuellen Passwort und einem aktuellen Code aus Ihrer Authenticator-App. Ihre anderen Sitzungen werden beendet.
change-password-code-hint = Ein aktueller Code aus Ihrer Authenticator-App; jeder Code ist nur einmal gültig.
change-password-submit = Passwort ändern
change-password-done = Ihr Passwort wurde geändert. An anderer Stelle beendete Sitzungen: { $sessions }.
field-current-password = Aktuelles Passwort

profile-title = Ihr Konto
profile-lead = Halten Sie Ihre Angaben aktuell. Sie werden ebenso geprüft wie bei der Registrierung.
profile-email-hint = Ihre E-Mail-Adresse kennzeichnet Ihr Konto und kann hier nicht geändert werden. Für einen Wechsel zu einer neuen Adresse wenden Sie sich an das Bearbeitungsteam des Anbieters: Es sendet einen Link an die neue Adresse, und die Änderung wird wirksam, sobald Sie diesen öffnen.
profile-submit = Angaben speichern
profile-saved = Ihre Angaben wurden gespeichert.

email-change-title = E-Mail-Adresse eines Kontos ändern
email-change-lead = { $name } verwendet { $email }. Ein Link wird an die neue Adresse gesendet; bis er dort geöffnet wird, ändert sich nichts.
email-change-hint = Bei Antragstellern muss die neue Adresse auf der Zulassungsliste für Behörden stehen. Sie darf keinem anderen Konto gehören.
email-change-submit = Link an die neue Adresse senden
email-change-sent = Ein Bestätigungslink für { $name } wurde an { $email } gesendet. Die Adresse ändert sich, sobald der Link geöffnet wird.
email-change-action = E-Mail-Adresse ändern
field-new-email = Neue E-Mail-Adresse

email-confirm-title = Neue E-Mail-Adresse bestätigen
email-confirm-lead = Soll { $email } die Adresse Ihres Kontos werden?
email-confirm-submit = Neue Adresse bestätigen
email-confirm-done-title = Ihre E-Mail-Adresse wurde geändert
email-confirm-done-text = Ihr Konto verwendet jetzt { $email }. Melden Sie sich künftig mit dieser Adresse an.

mail-reset-subject = { $service }: Neues Passwort wählen
mail-reset-body =
    Guten Tag { $name },

    jemand (hoffentlich Sie) hat das Zurücksetzen des Passworts Ihres Kontos bei { $service } angefordert.
    Um ein neues Passwort zu wählen, öffnen Sie bitte innerhalb einer Stunde diesen Link:

    { $link }

    Der Link ist nur einmal verwendbar, und nur der zuletzt gesendete Link ist gültig. Für die Anmeldung
    ist weiterhin ein Code aus Ihrer Authenticator-App erforderlich. Falls Sie dies nicht angefordert haben,
    ignorieren Sie diese E-Mail bitte: Ihr Passwort bleibt unverändert.
mail-email-change-subject = { $service }: Bestätigen Sie Ihre neue E-Mail-Adresse
mail-email-change-body =
    Guten Tag { $name },

    eine Administratorin oder ein Administrator von { $service } hat beantragt, Ihr Konto auf diese Adresse umzustellen.
    Zur Bestätigung öffnen Sie bitte innerhalb von 24 Stunden diesen Link:

    { $link }

    Bis dahin ändert sich nichts. Falls Sie dies nicht erwartet haben, ignorieren Sie diese E-Mail bitte.
mail-email-changed-subject = { $service }: Die E-Mail-Adresse Ihres Kontos wurde geändert
mail-email-changed-body =
    Guten Tag { $name },

    die E-Mail-Adresse Ihres Kontos bei { $service } wurde in { $email } geändert; mit dieser
    Adresse ist keine Anmeldung mehr möglich. Falls Sie dies nicht veranlasst haben, wenden Sie sich
    bitte umgehend an das Bearbeitungsteam des Anbieters.
