# Ausführung von EU-Anordnungen (Verordnung (EU) 2023/1543): Zurückhaltung für die Vollstreckungsbehörde,
# Formular 3 „Unmöglichkeit der Ausführung“, Unterrichtung des Nutzers, in der Konsole und auf der Seite des Antragstellers.

eu-panel-title = EU-Anordnung: Ausführung
eu-kind-epoc = Europäische Herausgabeanordnung (EPOC)
eu-kind-epoc_pr = Europäische Sicherungsanordnung (EPOC-PR)
eu-ea-notified = Unterrichtete Vollstreckungsbehörde: { $authority }

eu-release-label = Freigabe der Daten:
eu-release-not_held = nicht zurückgehalten (keine Vollstreckungsbehörde unterrichtet)
eu-release-held = zurückgehalten bis { $until } (Frist der Vollstreckungsbehörde)
eu-release-emergency_provisional = Notfall: Herausgabe sofort zulässig; die Vollstreckungsbehörde kann bis { $until } noch ablehnen
eu-release-released = freigegeben
eu-release-refused = von der Vollstreckungsbehörde abgelehnt; die Daten werden nie freigegeben
eu-release-already-sent = Die Daten waren bereits übermittelt worden: Die Anordnungsbehörde wurde aufgefordert, sie zu löschen oder ihre Verwendung einzuschränken.

eu-decision-no_grounds = Keine Ablehnungsgründe
eu-decision-partial_grounds = Ablehnungsgründe für einen Teil
eu-decision-full_refusal = Von der Vollstreckungsbehörde abgelehnt
eu-ground-immunities_or_privileges = Immunitäten oder Vorrechte oder Vorschriften über die Pressefreiheit und die Freiheit der Meinungsäußerung (Art. 12 Abs. 1 Buchst. a)
eu-ground-fundamental_rights = Offensichtliche Verletzung eines Grundrechts (Art. 12 Abs. 1 Buchst. b)
eu-ground-ne_bis_in_idem = Ne bis in idem (Art. 12 Abs. 1 Buchst. c)
eu-ground-dual_criminality = Keine Straftat im Vollstreckungsstaat (Art. 12 Abs. 1 Buchst. d)
eu-field-ea-decision = Entscheidung der Vollstreckungsbehörde
eu-field-ea-ground = Ablehnungsgrund (Art. 12)
eu-field-ea-data = Von den Gründen erfasste Daten
eu-field-ea-data-hint = Nur bei Ablehnungsgründen für einen Teil: welche Daten nicht freigegeben werden dürfen.
eu-ea-submit = Entscheidung erfassen
eu-ea-decision-recorded = Die Entscheidung der Vollstreckungsbehörde wurde erfasst.
eu-ea-refused-already-sent-message =
    Die Vollstreckungsbehörde hat die Ausführung dieser Anordnung abgelehnt ({ $ground }).
    Die Daten wurden Ihnen bereits im Notfallverfahren (Art. 10 Abs. 4) übermittelt: Löschen Sie sie oder schränken Sie ihre Verwendung ein, wie es die Verordnung vorschreibt.

eu-form3-title = Unmöglichkeit der Ausführung (Formular 3)
eu-form3-when = Eine Antwort mit Formular 3 ist möglich, solange die Anordnung in Prüfung ist und sobald die Prüfliste vollständig ist.
eu-form3-answered = Mit Formular 3 beantwortet am { $at }
eu-form3-pdf-link = Formular 3 herunterladen (PDF)
eu-form3-sent-to-ea = Am { $at } an die Vollstreckungsbehörde ({ $email }) gesendet.
eu-form3-ea-unsent = Noch nicht an die Vollstreckungsbehörde ({ $email }) zugestellt. Konnte der Mailserver die Nachricht nicht annehmen, wird sie drei Tage lang erneut versucht und hier vermerkt, sobald sie versandt ist; andernfalls senden Sie der Behörde das PDF des Formulars 3 selbst.
eu-field-form3-reasons = Gründe
eu-field-form3-explanation = Erläuterung für die Anordnungsbehörde
eu-field-form3-foreign-law = Betroffenes ausländisches Recht
eu-field-form3-foreign-law-hint = Erforderlich bei kollidierenden Verpflichtungen: der Drittstaat, der Rechtsakt und die Bestimmung.
eu-form3-submit = Mit Formular 3 antworten (lehnt die Anordnung ab)
eu-form3-recorded = Die Antwort mit Formular 3 wurde erfasst und gesendet.
eu-form3-reason-incomplete = Die Bescheinigung ist unvollständig
eu-form3-reason-manifest_errors = Die Bescheinigung enthält offensichtliche Fehler
eu-form3-reason-insufficient_information = Die Bescheinigung enthält keine ausreichenden Angaben
eu-form3-reason-data_not_held = Die angeforderten Daten werden vom Diensteanbieter nicht gespeichert
eu-form3-reason-de_facto_impossibility = Faktische Unmöglichkeit, die dem Diensteanbieter nicht angelastet werden kann
eu-form3-reason-invalid_issuing_authority = Die Anordnung wurde nicht von einer zuständigen Behörde erlassen oder validiert
eu-form3-reason-offence_not_covered = Die Straftat fällt nicht unter die Verordnung
eu-form3-reason-service_not_covered = Der Dienst fällt nicht unter die Verordnung
eu-form3-reason-immunities_or_privileges = Die Daten sind durch Immunitäten oder Vorrechte geschützt
eu-form3-reason-conflict_of_law = Die Befolgung stünde im Widerspruch zum Recht eines Drittstaats
eu-form3-message =
    Formular 3: Der Diensteanbieter kann diese Anordnung nicht ausführen.
    Gründe: { $reasons }
    Erläuterung: { $explanation }
    Das Formular 3 kann auf der Seite dieses Ersuchens als PDF heruntergeladen werden.
eu-form3-ea-mail-subject = { $service }: Antwort mit Formular 3 auf die EU-Anordnung { $reference }
eu-form3-ea-mail-body =
    Guten Tag,

    { $service } hat die unter { $reference } registrierte EU-Anordnung, in der Sie als Vollstreckungsbehörde benannt sind, mit einem Formular 3 (Informationen über die Unmöglichkeit der Ausführung der Anordnung) beantwortet.
    Aus Sicherheitsgründen ist die Antwort hier nicht enthalten. Die Anordnungsbehörde hat sie erhalten; für eine Kopie wenden Sie sich bitte unter Angabe von { $reference } an das Bearbeitungsteam des Anbieters.

eu-form3-pdf-title = Formular 3 (Anhang III, Verordnung (EU) 2023/1543): Informationen über die Unmöglichkeit der Ausführung der Anordnung
eu-form3-pdf-provider = Diensteanbieter: { $service }
eu-form3-pdf-reference = Aktenzeichen des Diensteanbieters: { $reference }
eu-form3-pdf-order = Anordnung: { $kind }, Aktenzeichen der Anordnungsbehörde { $file }
eu-form3-pdf-authority = Anordnungsbehörde: { $name } ({ $state })
eu-form3-pdf-answered = Beantwortet: { $at }
eu-form3-pdf-reasons = Gründe:
eu-form3-pdf-explanation = Erläuterung:
eu-form3-pdf-foreign-law = Betroffenes ausländisches Recht:
eu-form3-pdf-ea = Unterrichtete Vollstreckungsbehörde: { $name }

eu-notice-title = Unterrichtung des Nutzers (Art. 13)
eu-notice-restriction-not_restricted = Die Anordnungsbehörde schränkt die Unterrichtung des Nutzers nicht ein: Es gilt die Benachrichtigungsrichtlinie des Anbieters.
eu-notice-restriction-delayed_until = Die Anordnungsbehörde hat ersucht, den Nutzer nicht vor Ablauf des { $until } zu unterrichten.
eu-notice-restriction-until_authority_lifts = Die Anordnungsbehörde hat ersucht, den Nutzer erst auf ihre Mitteilung hin zu unterrichten: Es wird keine Benachrichtigung gesendet (dies ist kein Grund zur Beanstandung).
eu-notice-was-lifted = Die Anordnungsbehörde hat ihre Einschränkung aufgehoben.
eu-notice-lift-submit = Die Anordnungsbehörde hat die Einschränkung aufgehoben
eu-notice-lifted = Erfasst, dass die Anordnungsbehörde ihre Einschränkung aufgehoben hat; Benachrichtigungen geplant: { $count }.
notice-state-awaiting_authority = zurückgehalten, bis die Anordnungsbehörde ihre Einschränkung aufhebt

eu-report-caption = Europäische Herausgabe- und Sicherungsanordnungen (Verordnung (EU) 2023/1543), je Anordnungsstaat
eu-report-member-state = Anordnungsstaat
eu-report-type = Art der Anordnung
eu-report-type-epoc = EPOC
eu-report-type-emergency_epoc = EPOC im Notfall
eu-report-type-epoc_pr = EPOC-PR
eu-report-orders = Anordnungen
eu-report-ea-refusals = Von der Vollstreckungsbehörde abgelehnt
eu-report-form3 = Antworten mit Formular 3
eu-report-csv = EU-Anordnungen (CSV)

## The timeline of an EU order: the enforcing authority's decision, a moved deadline.
timeline-eu-ea-no_grounds = Die Vollstreckungsbehörde hat keine Ablehnungsgründe festgestellt: Die Daten werden freigegeben.
timeline-eu-ea-partial_grounds = Die Vollstreckungsbehörde hat teilweise Ablehnungsgründe festgestellt — { $ground }. Bereits übermittelte Herausgaben bleiben zurückgehalten; eine neue ohne die davon erfassten Daten wird freigegeben.
timeline-eu-ea-full_refusal = Von der Vollstreckungsbehörde abgelehnt — { $ground }. Die Daten werden nie freigegeben.
timeline-eu-ea-full_refusal-sent = Von der Vollstreckungsbehörde abgelehnt — { $ground }. Daten wurden bereits übermittelt: Die Anordnungsbehörde muss sie löschen oder ihre Verwendung beschränken.
timeline-eu-deadline-earlier = Die Anordnungsbehörde hat eine frühere Herausgabe bis { $due } verlangt (bisher { $previous }), aus folgenden Gründen: { $reason }
timeline-eu-deadline-later = Die Anordnungsbehörde hat eine neue Herausgabefrist gesetzt: { $due } (bisher { $previous }).
timeline-eu-deadline-beyond = Dies liegt nach der Frist der Verordnung, { $limit }.
timeline-eu_ea_decision = Entscheidung der Vollstreckungsbehörde
timeline-eu_deadline_moved = Herausgabefrist von der Anordnungsbehörde geändert
