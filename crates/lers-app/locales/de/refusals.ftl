## Warum eine Aktion abgelehnt wurde: eine Regel im Ablauf eines Ersuchens, das Vier-Augen-Prinzip,
## eine zwischenzeitliche Änderung durch andere. Status, Rollen und Zugriffsstufen werden mit ihren
## Bezeichnungen eingesetzt; Zeitangaben in der Zeitzone der lesenden Person.

## Entscheidung über ein Ersuchen.
form-refusal-decide-no-review = Schließen Sie die Prüfliste ab, bevor Sie entscheiden.
form-refusal-decide-not-approver = Für die Genehmigung ist die Rolle Genehmiger erforderlich.
form-refusal-decide-own-review = Vier-Augen-Prinzip: Wer ein Ersuchen geprüft hat, kann es nicht auch genehmigen.
form-refusal-decide-reviewer-disabled = Die Prüfung stammt von einer Person, deren Konto inzwischen deaktiviert wurde. Prüfen Sie das Ersuchen erneut, bevor Sie entscheiden.
form-refusal-transition = Status dieses Ersuchens: { $status }. In diesem Status ist dieser Schritt nicht möglich. Laden Sie die Seite neu, um zu sehen, was jetzt möglich ist.

## Rückrufe bei Notfallersuchen.
form-refusal-callback-not-emergency = Rückrufe werden nur bei Notfallersuchen erfasst.
form-refusal-callback-failed-outside-review = Ein gescheiterter Rückruf führt zur Sperrung des Antragstellers und wird daher nur bei einem Notfallersuchen in Prüfung erfasst; beginnen Sie zuerst die Prüfung (Status dieses Ersuchens: { $status }).
form-refusal-callback-decided = Status dieses Ersuchens: { $status }. Rückrufe werden nur erfasst, solange eine Entscheidung aussteht.
form-refusal-callback-failed = Ein Rückruf zu diesem Ersuchen ist gescheitert: Es kann nicht genehmigt werden; lehnen Sie es ab oder beanstanden Sie es.
form-refusal-callback-requester-suspended = Der Antragsteller ist nach einem gescheiterten Rückruf gesperrt: Eine Administratorin oder ein Administrator muss die Sperrung aufheben, bevor dieses Notfallersuchen genehmigt werden kann.
form-refusal-callback-not-confirmed = Ein Notfallersuchen wird erst genehmigt, wenn ein Rückruf unter einer unabhängig ermittelten Nummer es bestätigt hat.
form-refusal-callback-second-confirmation-missing = Dieses Notfallersuchen liegt über dem Risikoschwellenwert: Eine zweite mitarbeitende Person, nicht die erfassende, muss den Rückruf vor der Genehmigung bestätigen.
form-refusal-callback-recorder-disabled = Der bestätigte Rückruf zu diesem Ersuchen wurde von einem inzwischen deaktivierten Personalkonto erfasst und zählt daher nicht mehr. Rufen Sie die Behörde erneut unter einer unabhängig ermittelten Nummer an und erfassen Sie den Rückruf.
form-refusal-callback-second-confirmer-disabled = Die zweite Bestätigung des Rückrufs stammt von einem inzwischen deaktivierten Personalkonto und zählt daher nicht mehr. Eine andere mitarbeitende Person, nicht die erfassende, muss den Rückruf bestätigen.
form-refusal-callback-confirming-disabled-recorder = Dieser Rückruf wurde von einem inzwischen deaktivierten Personalkonto erfasst. Er zählt nicht mehr und kann nicht bestätigt werden. Rufen Sie die Behörde erneut an und erfassen Sie einen neuen Rückruf.
form-refusal-callback-confirming-unconfirmed = Nur ein bestätigter Rückruf kann von einer zweiten mitarbeitenden Person bestätigt werden.
form-refusal-callback-confirming-own = Vier-Augen-Prinzip: Der Rückruf muss von einer anderen Person bestätigt werden als der, die ihn erfasst hat.
form-refusal-callback-nothing-to-confirm = Status dieses Ersuchens: { $status }. Es gibt nichts mehr zu bestätigen.
form-refusal-requester-controlled-line = { $line } führt zu einem Anschluss, den der Antragsteller angegeben hat oder kontrollieren könnte (gefunden { $origin ->
        [profile] im Profil des Antragstellers
        [colleague] im Profil von { $colleague } (dieselbe Behörde)
        [earlier] im früheren Ersuchen { $reference } desselben Kontos oder derselben Behörde
        [written] in Nachrichten, Dokumentnamen oder Rücknahmebegründungen des Antragstellers oder seiner Behörde
       *[request] in diesem Ersuchen
    }); rufen Sie eine unabhängig ermittelte Nummer an, etwa die Telefonzentrale aus dem Behördenverzeichnis.

## Wer ein Ersuchen ändern darf.
form-refusal-access-not-owner = Nur der Antragsteller, der dieses Ersuchen gestellt hat, kann es ändern.
form-refusal-access-not-a-draft = Ein eingereichtes Ersuchen kann nicht mehr bearbeitet werden; senden Sie stattdessen eine Nachricht.
form-refusal-access-closed-to-messages = Status dieses Ersuchens: { $status }. Es nimmt keine weiteren Nachrichten an; stellen Sie ein neues Ersuchen, wenn Sie noch etwas mitteilen möchten.
form-refusal-access-not-a-colleague = { $email } ist kein registrierter Antragsteller Ihrer Behörde (@{ $domain }); Kolleginnen und Kollegen benötigen ein eigenes Konto.

## Herausgaben und ihre Dateien.
form-refusal-production-not-approved = Herausgaben gibt es nur zu genehmigten Ersuchen; dieses Ersuchen hat den Status { $status }.
form-refusal-production-not-producer = Nur die herausgebende Person, die diese Herausgabe begonnen hat, kann sie ändern.
form-refusal-production-not-open = Diese Herausgabe wurde bereits übermittelt und kann nicht mehr geändert werden.
form-refusal-production-not-deliverable = Das Ersuchen hat jetzt den Status { $status }; dazu kann nichts mehr übermittelt werden.
form-refusal-production-no-files = Fügen Sie vor der Übermittlung mindestens eine Datei hinzu.
form-refusal-production-still-uploading = { $name } wird noch hochgeladen ({ $received } von { $size } Byte); schließen Sie den Upload ab oder entfernen Sie die Datei, bevor Sie übermitteln.
form-refusal-production-own-alert = Eine Warnung, die Sie selbst betrifft, muss von einer anderen Person zur Kenntnis genommen werden.
form-refusal-file-destroyed = Diese Datei wurde nach Ablauf ihrer Aufbewahrungsfrist vernichtet.
form-refusal-uploads-busy = Es laufen bereits { $max } Uploads; versuchen Sie es in einer Minute erneut.
form-refusal-upload-running = Ein anderer Upload dieser Datei läuft noch.
form-refusal-upload-offset = Der Upload wird bei Byte { $expected } fortgesetzt, nicht bei { $offset }; setzen Sie ihn an dieser Stelle fort.
form-refusal-staging-gone = Die Zwischendaten dieses Uploads sind nicht mehr vorhanden; entfernen Sie die Datei und laden Sie sie erneut hoch.
form-refusal-more-than-declared = Es wurden mehr Daten gesendet als die angegebene Größe von { $declared } Byte.
form-refusal-file-name-taken = Diese Herausgabe enthält bereits eine Datei namens { $name }; benennen Sie eine der beiden um oder entfernen Sie zuerst die andere.
form-refusal-size-too-large = Die Größe ist zu hoch.

## Die Arbeit des Bearbeitungsteams an einem Vorgang.
form-refusal-staff-assignee-inactive = Ersuchen können nur aktiven Mitarbeitenden zugewiesen werden.
form-refusal-staff-not-under-review = Ein Ersuchen mit dem Status { $status } ist nicht in Prüfung.
form-refusal-staff-not-a-preservation = { $reference } ist keine Sicherung dieses Antragstellers.
form-refusal-staff-no-hold = Für { $reference } besteht keine wirksame Sicherung, die verlängert werden könnte.
form-refusal-staff-already-extended = { $reference } wurde bereits einmal verlängert; eine weitere Verlängerung ist nicht möglich.

## EU-Anordnungen.
form-refusal-eu-not-a-preservation-order = Formular 5 und Formular 6 gelten nur für eine Europäische Sicherungsanordnung (EPOC-PR).
form-refusal-eu-preservation-ended = Diese Sicherung ist bereits beendet; sie kann weder verlängert noch länger aufrechterhalten werden.
form-refusal-eu-preservation-extended = Diese Sicherung wurde bereits durch ein Formular 6 verlängert; die Verordnung lässt nur eine Verlängerung zu.
form-refusal-eu-awaiting-production-order = Aufgrund eines Formulars 5 bleiben diese Daten bereits bis zum Eingang der Herausgabeanordnung gesichert; ein Formular 6 bewirkt nichts zusätzlich.
form-refusal-ea-held = Für die Vollstreckungsbehörde zurückgehalten bis { $until } (Frist der Vollstreckungsbehörde); danach können die Dateien heruntergeladen werden, oder schon früher, wenn die Vollstreckungsbehörde bestätigt, dass sie keinen Ablehnungsgrund geltend macht.
form-refusal-ea-refused = Von der Vollstreckungsbehörde abgelehnt: Diese Daten werden nie freigegeben.
form-refusal-ea-partial-grounds = Diese Herausgabe wurde übermittelt, bevor die Vollstreckungsbehörde am { $at } Ablehnungsgründe für einen Teil geltend machte; sie kann davon erfasste Daten enthalten und wird daher nicht freigegeben. Der Anbieter übermittelt eine neue Herausgabe ohne diese Daten.
form-refusal-ea-none-notified = Über diese Anordnung wurde keine Vollstreckungsbehörde unterrichtet; es gibt daher keine Entscheidung einer Vollstreckungsbehörde zu erfassen.
form-refusal-ea-already-decided = Die Entscheidung der Vollstreckungsbehörde zu dieser Anordnung ist bereits erfasst.
form-refusal-ea-window-closed = Die Frist der Vollstreckungsbehörde ist am { $at } abgelaufen; Ablehnungsgründe können nicht mehr geltend gemacht werden.
form-refusal-lift-not-restricted = Die Anordnungsbehörde hat die Unterrichtung des Nutzers nicht eingeschränkt; es gibt also nichts aufzuheben.
form-refusal-lift-already-lifted = Die Einschränkung der Anordnungsbehörde wurde bereits aufgehoben.
form-refusal-deadline-not-production = Nur eine Herausgabeanordnung (EPOC) hat eine Frist für die Offenlegung; eine Sicherungsanordnung (EPOC-PR) hat keine.
form-refusal-deadline-over = Die Anordnung ist abgeschlossen ({ $status }); ihre Frist kann nicht mehr geändert werden.
form-refusal-deadline-past = Die neue Frist { $at } liegt nicht in der Zukunft.
form-refusal-deadline-reason-missing = Eine Frist, die vor der geltenden ({ $current }) liegt, erfordert die Gründe der Anordnungsbehörde für eine vorzeitige Offenlegung (Art 10(2)).
form-refusal-deadline-reason-unreadable = Die Gründe für eine vorzeitige Offenlegung müssen in einer Zeile mit höchstens { $max } Zeichen und ohne Steuerzeichen stehen.

## Benachrichtigung betroffener Nutzer.
form-refusal-notice-nothing-disclosed = Für dieses Konto wurde nichts offengelegt, es ist also niemand zu benachrichtigen: Wählen Sie „Entfällt“.
form-refusal-notice-disclosed = Für dieses Konto wurden Daten offengelegt: Wählen Sie, ob benachrichtigt wird, ob die Benachrichtigung aufgrund einer Anordnung aufgeschoben wird oder ob eine Ausnahme gilt.
form-refusal-notice-order-in-force = Eine Anordnung zum Aufschub der Benachrichtigung ist bis { $until } in Kraft; vorher kann der Nutzer nicht benachrichtigt werden.
form-refusal-notice-order-without-end = Eine unbefristete Anordnung zum Aufschub der Benachrichtigung ist in Kraft; schieben Sie die Benachrichtigung auf (und beanstanden Sie die Anordnung) oder erfassen Sie eine Ausnahme.
form-refusal-notice-authority-restricts = Die Anordnungsbehörde dieser EU-Anordnung hat ersucht, den Nutzer erst auf ihre Mitteilung hin zu unterrichten; schieben Sie die Benachrichtigung auf, bis sie die Einschränkung aufhebt, oder erfassen Sie eine Ausnahme.
form-refusal-notice-no-order = Es ist keine Anordnung zum Aufschub der Benachrichtigung in Kraft; es gibt also nichts abzuwarten.
form-refusal-notice-reason-missing = Geben Sie die Begründung für die Ausnahme an.
form-refusal-notice-sent = Diese Benachrichtigung wurde bereits gesendet.
form-refusal-notice-not-holdable = Nur eine noch nicht gesendete Benachrichtigung kann zurückgehalten werden.

## Schnittstellenendpunkte (ETSI HI-1).
form-refusal-endpoint-own-proposal = Sie haben diesen Endpunkt vorgeschlagen: Eine zweite Administratorin oder ein zweiter Administrator muss ihn genehmigen.
form-refusal-endpoint-not-proposed = Dieser Endpunkt wartet nicht auf eine Genehmigung.
form-refusal-endpoint-disabled = Dieser Endpunkt ist bereits deaktiviert.
form-refusal-endpoint-duplicate = Ein Endpunkt mit dieser Kennung oder diesen Zugangsdaten ist bereits registriert.

## Wer welche Teile eines Vorgangs sieht.
form-refusal-field-ceiling = Die Rolle { $role } kann höchstens den Zugriff „{ $ceiling }“ auf Teile eines Vorgangs erhalten.
form-refusal-field-already-proposed = Diese Änderung wurde bereits vorgeschlagen und wartet auf eine zweite Administratorin oder einen zweiten Administrator.
form-refusal-field-same-admin = Eine Änderung, die den Zugriff erweitert, muss von einer anderen Administratorin oder einem anderen Administrator genehmigt werden.
form-refusal-field-other-waiting = Für diesen Zugriff wartet bereits der Vorschlag einer anderen Administratorin oder eines anderen Administrators; genehmigen Sie ihn oder schränken Sie den Zugriff ein, um ihn zu verwerfen, bevor Sie einen weiteren vorschlagen.
form-refusal-field-proposal-changed = Der Vorschlag wurde geändert oder verworfen, seit die Seite angezeigt wurde; prüfen Sie ihn erneut.
form-refusal-field-proposal-lapsed = Der Vorschlag ist älter als 72 Stunden und damit verfallen; schlagen Sie ihn erneut vor.
form-refusal-field-unchanged = Nichts zu ändern: { $role } hat bereits den Zugriff „{ $access }“ auf { $group }.

## Konten, Rollen und Befugnisse nach dem Vier-Augen-Prinzip.
form-refusal-email-taken = { $email } gehört bereits zu einem Konto; wählen Sie eine andere Adresse.
form-refusal-account-not-active = Dieses Konto ist nicht aktiv; wenden Sie sich an den Anbieter.
form-refusal-account-not-active-email = Dieses Konto ist nicht aktiv; wenden Sie sich an das Bearbeitungsteam des Anbieters.
form-refusal-own-account-status = Sie können Ihr eigenes Konto nicht sperren oder deaktivieren.
form-refusal-already-erased = Dieses Konto wurde bereits gelöscht.
form-refusal-in-recycle-bin = Dieses Konto befindet sich im Papierkorb; stellen Sie es aus dem Papierkorb wieder her, um es wieder zu verwenden.
form-refusal-totp-enrolled = Für dieses Konto ist die Zwei-Faktor-Authentifizierung bereits eingerichtet.
form-refusal-roles-for-staff = Rollen gibt es nur für Mitarbeiterkonten.
form-refusal-last-admin = Dies ist das letzte aktive Administratorkonto; vergeben Sie die Rolle Administrator zuerst an eine andere Person.
form-refusal-grant-needs-approval = Die Vergabe der Rolle Administrator oder Genehmiger und der Entzug der Administratorrolle einer anderen Person erfordern die Genehmigung einer zweiten Administratorin oder eines zweiten Administrators: Schlagen Sie die Änderung mit einem neuen Code vor.
form-refusal-grant-not-privileged = Mit dieser Änderung wird weder die Rolle Administrator oder Genehmiger vergeben noch die Administratorrolle entzogen: Speichern Sie sie direkt.
form-refusal-proposal-waiting = Ein Vorschlag dieser Art für { $target } wartet bereits auf eine zweite Administratorin oder einen zweiten Administrator.
form-refusal-no-second-factor = { $target } hat keinen zweiten Faktor, der zurückgesetzt werden könnte; bei der nächsten Anmeldung wird die Einrichtung verlangt.
form-refusal-power-own-account = Niemand kann die eigenen Rollen oder den eigenen zweiten Faktor ändern; wenden Sie sich an eine andere Administratorin oder einen anderen Administrator.
form-refusal-power-not-admin = Nur Administratoren können diese Änderungen vorschlagen, genehmigen oder ablehnen.
form-refusal-power-own-proposal = Eine zweite Administratorin oder ein zweiter Administrator muss dies genehmigen: Sie haben es selbst vorgeschlagen.
form-refusal-power-decided = Über diesen Vorschlag wurde bereits entschieden.
form-refusal-power-expired = Dieser Vorschlag ist verfallen (Vorschläge verfallen nach 72 Stunden); schlagen Sie ihn erneut vor.
form-refusal-power-proposer-not-admin = Dieser Vorschlag ist hinfällig: Die Person, die ihn gemacht hat, hat die Administratorrolle verloren oder wurde deaktiviert. Lehnen Sie ihn ab und schlagen Sie ihn erneut vor, falls er noch nötig ist.
form-refusal-domain-listed = { $pattern } steht bereits auf der Liste.
form-refusal-only-draft-publishable = Nur ein Entwurf kann veröffentlicht werden.

## Das Behördenverzeichnis.
form-refusal-agency-domain-taken = Die Domain { $domain } gehört bereits zu einer anderen Behörde; eine E-Mail-Domain kennzeichnet genau eine Behörde.
form-refusal-agency-exists = Eine Behörde mit diesem Namen und Land steht bereits im Verzeichnis; bearbeiten Sie stattdessen diesen Eintrag.

## Papierkorb, Aufbewahrung, Löschsperren und Bereinigung des Audit-Protokolls.
form-refusal-bin-purged = Dieses Element wurde nach Ablauf seiner 60-Tage-Frist endgültig entfernt; es kann nicht wiederhergestellt werden.
form-refusal-bin-already-restored = Dieses Element wurde bereits wiederhergestellt.
form-refusal-bin-window-over = Die Frist dieses Elements im Papierkorb ist abgelaufen, es wird gerade endgültig entfernt; es kann nicht wiederhergestellt werden.
form-refusal-bin-not-yours = Wiederherstellen kann es nur die Person, die es gelöscht hat, oder bei Objekten, die der Administration vorbehalten sind, eine Administratorin oder ein Administrator.
form-refusal-restore-conflict = { $what } wird seit dem Löschen wieder verwendet (jemand hat es zwischenzeitlich neu angelegt); entfernen Sie zuerst den neuen Eintrag oder benennen Sie ihn um und stellen Sie dann wieder her.
form-refusal-audit-entry-pruned = Der Audit-Eintrag { $index } wurde nach Ablauf seiner Aufbewahrungsfrist bereinigt: Sein Inhalt ist entfernt, daher lässt er sich nicht mehr nachweisen; sein Hashwert fließt weiterhin in jeden späteren signierten Protokollstand ein.
form-refusal-legal-hold-in-force = Für diesen Vorgang besteht bereits eine Löschsperre; heben Sie sie zuerst auf, um eine neue zu verhängen.
form-refusal-no-legal-hold = Für diesen Vorgang besteht keine Löschsperre.
form-refusal-case-purged = Der Inhalt dieses Vorgangs wurde nach Ablauf seiner Aufbewahrungsfrist gelöscht: Es kann weder etwas hinzugefügt noch eine Löschsperre verhängt werden.
form-refusal-legal-hold-reason-missing = Eine Löschsperre erfordert eine Begründung: Geben Sie an, welches Verfahren oder welche Behörde die Aufbewahrung dieses Vorgangs verlangt.

## Datenregionen.
form-refusal-region-unknown = { $region } ist keine konfigurierte Region.
form-refusal-region-same = Der Vorgang befindet sich bereits in der Region { $region }.
form-refusal-region-move-running = Dieser Vorgang wird bereits in eine andere Region verschoben; warten Sie, bis dies abgeschlossen ist.
form-refusal-region-move-uploading = Eine Herausgabedatei dieses Vorgangs wird noch hochgeladen; schließen Sie den Upload ab oder entfernen Sie die Datei, bevor Sie den Vorgang verschieben.

## Jemand anderes hat zuerst geändert.
form-refusal-changed-request = Das Ersuchen wurde zwischenzeitlich geändert; laden Sie die Seite neu und versuchen Sie es erneut.
form-refusal-changed-production = Die Herausgabe wurde zwischenzeitlich geändert; laden Sie die Seite neu und versuchen Sie es erneut.
form-refusal-changed-upload = Dieser Upload ist zwischenzeitlich fortgeschritten; fragen Sie den aktuellen Stand ab und setzen Sie ihn von dort aus fort.
form-refusal-changed-file-not-uploading = Diese Datei wird nicht hochgeladen (sie ist bereits gespeichert oder wurde entfernt).
form-refusal-changed-no-suspension = Für dieses Konto besteht keine Sperrung (sie wurde möglicherweise zwischenzeitlich aufgehoben).
form-refusal-changed-roles = Die Rollen von { $target } haben sich seit dem Vorschlag geändert; lehnen Sie ihn ab und schlagen Sie die Änderung erneut vor.

## Die Entscheidung der Vollstreckungsbehörde und die Namen der Datenregionen.
form-ea-decision-missing = Wählen Sie, wie die Vollstreckungsbehörde entschieden hat.
form-ea-ground-missing = Wählen Sie den Ablehnungsgrund nach Art 12, den die Vollstreckungsbehörde geltend gemacht hat.
form-ea-data-missing = Geben Sie an, welche Daten von den Gründen der Vollstreckungsbehörde erfasst sind (sie werden nicht freigegeben).
form-ea-data-unreadable = Beschreiben Sie die erfassten Daten in einer Zeile mit höchstens 500 Zeichen und ohne Steuerzeichen.
form-region-name-invalid = { $name } ist kein Regionsname: Verwenden Sie 1 bis { $max } Kleinbuchstaben, Ziffern oder „-“, beginnend mit einem Buchstaben (z. B. eu).

## Eigene Ablehnungen der Anwendung: Der Stand des Ersuchens oder der Datei lässt es nicht zu.
form-conflict-not-your-production = Nur die Person, die diese Herausgabe eröffnet hat, kann daran arbeiten.
form-conflict-file-incomplete = Nur vollständig hochgeladene Dateien können geprüft werden.
form-conflict-file-takes-no-data = Diese Datei ist vollständig oder gehört nicht mehr zu einer offenen Herausgabe; sie nimmt keine weiteren Daten an.
form-conflict-already-registered = Dieses Ersuchen ist bereits erfasst.
form-conflict-requester-has-account = Dieser Antragsteller hat bereits ein Portalkonto.
form-conflict-register-first = Erfassen Sie das Ersuchen, bevor Sie Antworten dazu festhalten.
form-conflict-intake-draft = Dieses Ersuchen ist bei der Eingangsstelle des Anbieters eingegangen, die es vervollständigt und erfasst; senden Sie ihr stattdessen eine Nachricht.
form-conflict-already-submitted = Dieses Ersuchen wurde bereits eingereicht.
form-conflict-submit-first = Reichen Sie das Ersuchen ein, bevor Sie Nachrichten dazu senden.
form-conflict-closed-to-documents = Dieses Ersuchen ist abgeschlossen; es können keine Dokumente mehr hinzugefügt werden.
form-conflict-region-draft-only = Nur ein Entwurf kann einer Region zugeordnet werden.
form-conflict-region-out-of-reach = Die Datenfreigaberegel dieser Person reicht nicht in die Region des Vorgangs; wählen Sie jemanden, der ihn öffnen kann.
form-conflict-export-building = Dieser Export wird noch erstellt; laden Sie die Seite gleich neu.
form-conflict-submitted-no-edit = Dieses Ersuchen wurde eingereicht und kann nicht mehr bearbeitet werden.
