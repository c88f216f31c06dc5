# Executing EU orders (Regulation (EU) 2023/1543): the enforcing-authority (EA) hold,
# Form 3 "cannot comply", user notice, on the console and the requester's page.

eu-panel-title = EU order: execution
eu-kind-epoc = European Production Order (EPOC)
eu-kind-epoc_pr = European Preservation Order (EPOC-PR)
eu-ea-notified = Enforcing authority notified: { $authority }

eu-release-label = Release of the data:
eu-release-not_held = not held (no enforcing authority was notified)
eu-release-held = held until { $until } (EA window)
eu-release-emergency_provisional = emergency: may be produced now; the enforcing authority may still refuse until { $until }
eu-release-released = released
eu-release-refused = refused by the EA; the data is never released
eu-release-already-sent = Data had already been sent: the issuing authority was told to delete or restrict it.

eu-decision-no_grounds = No grounds for refusal
eu-decision-partial_grounds = Partial grounds for refusal
eu-decision-full_refusal = Refused by the enforcing authority
eu-ground-immunities_or_privileges = Immunities or privileges, or rules on freedom of the press and expression (Art 12(1)(a))
eu-ground-fundamental_rights = Manifest breach of a fundamental right (Art 12(1)(b))
eu-ground-ne_bis_in_idem = Ne bis in idem (Art 12(1)(c))
eu-ground-dual_criminality = Not an offence in the enforcing state (Art 12(1)(d))
eu-field-ea-decision = The enforcing authority's decision
eu-field-ea-ground = Ground for refusal (Art 12)
eu-field-ea-data = Data the grounds cover
eu-field-ea-data-hint = For partial grounds only: which data may not be released.
eu-ea-submit = Record the decision
eu-ea-decision-recorded = The enforcing authority's decision was recorded.
eu-ea-refused-already-sent-message =
    The enforcing authority refused the execution of this order ({ $ground }).
    Data was already produced to you under the emergency procedure (Art 10(4)): delete it, or restrict its use, as the Regulation requires.

eu-form3-title = Cannot comply (Form 3)
eu-form3-when = A Form 3 answer can be given while the order is in review, once the review checklist is complete.
eu-form3-answered = Form 3 answered on { $at }
eu-form3-pdf-link = Download the Form 3 (PDF)
eu-form3-sent-to-ea = Sent to the enforcing authority ({ $email }) on { $at }.
eu-form3-ea-unsent = Not yet delivered to the enforcing authority ({ $email }). If the mail server could not take it, it is retried for three days and recorded here when it goes out; otherwise send them the Form 3 PDF yourself.
eu-field-form3-reasons = Reasons
eu-field-form3-explanation = Explanation for the issuing authority
eu-field-form3-foreign-law = Foreign law concerned
eu-field-form3-foreign-law-hint = Required for a conflict of laws: the third country, act and provision.
eu-form3-submit = Answer with Form 3 (refuses the order)
eu-form3-recorded = The Form 3 answer was recorded and sent.
eu-form3-reason-incomplete = The certificate is incomplete
eu-form3-reason-manifest_errors = The certificate contains manifest errors
eu-form3-reason-insufficient_information = The certificate does not contain sufficient information
eu-form3-reason-data_not_held = The data requested is not held by the provider
eu-form3-reason-de_facto_impossibility = De facto impossibility not attributable to the provider
eu-form3-reason-invalid_issuing_authority = The order was not issued or validated by a competent authority
eu-form3-reason-offence_not_covered = The offence is not covered by the Regulation
eu-form3-reason-service_not_covered = The service is not covered by the Regulation
eu-form3-reason-immunities_or_privileges = The data is protected by immunities or privileges
eu-form3-reason-conflict_of_law = Compliance would conflict with the law of a third country
eu-form3-message =
    Form 3: the provider cannot execute this order.
    Reasons: { $reasons }
    Explanation: { $explanation }
    The Form 3 can be downloaded as a PDF from this request's page.
eu-form3-ea-mail-subject = { $service }: Form 3 answer to EU order { $reference }
eu-form3-ea-mail-body =
    Hello,

    { $service } answered the EU order it registered as { $reference }, which names you as the enforcing authority, with a Form 3 (information on the impossibility to execute the order).
    For security the answer is not included here. The issuing authority received it; contact the provider's response team quoting { $reference } for a copy.

eu-form3-pdf-title = Form 3 (Annex III, Regulation (EU) 2023/1543): information on the impossibility to execute the order
eu-form3-pdf-provider = Service provider: { $service }
eu-form3-pdf-reference = Provider reference: { $reference }
eu-form3-pdf-order = Order: { $kind }, issuing authority's file { $file }
eu-form3-pdf-authority = Issuing authority: { $name } ({ $state })
eu-form3-pdf-answered = Answered: { $at }
eu-form3-pdf-reasons = Reasons:
eu-form3-pdf-explanation = Explanation:
eu-form3-pdf-foreign-law = Foreign law concerned:
eu-form3-pdf-ea = Enforcing authority notified: { $name }

eu-notice-title = Informing the user (Art 13)
eu-notice-restriction-not_restricted = The issuing authority does not restrict informing the user: the provider's notice policy applies.
eu-notice-restriction-delayed_until = The issuing authority asked that the user not be informed before the end of { $until }.
eu-notice-restriction-until_authority_lifts = The issuing authority asked that the user not be informed until it says so: no notice is sent (this is not a ground to challenge).
eu-notice-was-lifted = The issuing authority lifted its restriction.
eu-notice-lift-submit = The issuing authority lifted the restriction
eu-notice-lifted = Recorded that the issuing authority lifted its restriction; { $count } notice(s) scheduled.
notice-state-awaiting_authority = held until the issuing authority lifts its restriction

eu-report-caption = EU production and preservation orders (Regulation (EU) 2023/1543), per issuing member state
eu-report-member-state = Issuing member state
eu-report-type = Order type
eu-report-type-epoc = EPOC
eu-report-type-emergency_epoc = Emergency EPOC
eu-report-type-epoc_pr = EPOC-PR
eu-report-orders = Orders
eu-report-ea-refusals = Refused by the enforcing authority
eu-report-form3 = Form 3 answers
eu-report-csv = EU orders (CSV)

## The timeline of an EU order: the enforcing authority's decision, a moved deadline.
timeline-eu-ea-no_grounds = The enforcing authority found no grounds for refusal: the data is released.
timeline-eu-ea-partial_grounds = The enforcing authority found partial grounds for refusal — { $ground }. Productions delivered before now stay held; a new one without the data they cover is released.
timeline-eu-ea-full_refusal = Refused by the enforcing authority — { $ground }. The data is never released.
timeline-eu-ea-full_refusal-sent = Refused by the enforcing authority — { $ground }. Data was already sent: the issuing authority must delete or restrict it.
timeline-eu-deadline-earlier = The issuing authority asked for disclosure earlier, by { $due } (was { $previous }), for these reasons: { $reason }
timeline-eu-deadline-later = The issuing authority set a new disclosure deadline: { $due } (was { $previous }).
timeline-eu-deadline-beyond = This is later than the Regulation's deadline, { $limit }.
timeline-eu_ea_decision = Enforcing authority's decision
timeline-eu_deadline_moved = Disclosure deadline moved by the issuing authority
