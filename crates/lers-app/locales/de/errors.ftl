# Error pages (issue 17): what went wrong and what to do, for readers of every language.
error-not-found = Diese Seite wurde nicht gefunden. Möglicherweise ist die Adresse falsch, oder der Inhalt wurde entfernt oder ist für Sie nicht freigegeben.
error-forbidden = Ihr Konto ist dazu nicht berechtigt. Wenn Sie meinen, dass es das sein sollte, wenden Sie sich an die Administration des Anbieters.
error-bad-request = Die Anfrage konnte nicht verarbeitet werden. Gehen Sie zurück, prüfen Sie Ihre Eingaben und versuchen Sie es erneut.
error-conflict = Das ist derzeit nicht möglich: Der Vorgang hat sich seit dem Laden der Seite weiterentwickelt. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.
error-internal = Bei uns ist ein Fehler aufgetreten. Versuchen Sie es erneut und informieren Sie den Anbieter, falls der Fehler bestehen bleibt.
error-integrity = Eine gespeicherte Datei hat die Integritätsprüfung nicht bestanden; es wurde nichts übermittelt. Der Anbieter wurde informiert.
error-gone = Dies ist nicht mehr verfügbar, etwa ein Download, dessen Zeitfenster abgelaufen ist.
error-unavailable = Der Dienst kann dies gerade nicht ausführen. Ihre Angaben sind nicht verloren; versuchen Sie es in Kürze erneut.
error-audit-refusing = Das Audit-Protokoll kann gerade keine Vorgänge aufzeichnen, daher wurde dies nicht ausgeführt. Die Administratoren des Anbieters müssen das Protokoll zuerst prüfen; versuchen Sie es später erneut.
error-csrf = Das Formular ist abgelaufen oder stammt von einer anderen Website. Laden Sie die Seite neu und versuchen Sie es erneut.
error-domain-not-admitted = Die Domain Ihrer Behörde ist nicht mehr zugelassen. Wenden Sie sich an den Anbieter.
error-sign-in = Melden Sie sich an, um fortzufahren.
