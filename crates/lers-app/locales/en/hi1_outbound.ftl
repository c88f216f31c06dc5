# What LERS sent back over HI-1 (ETSI TS 103 120) to the endpoint an order came from:
# the panel on the console page of the request.
hi1-outbound-title = Messages to the issuing authority's system (HI-1)
hi1-outbound-intro = Status changes, Form 3 answers and deliveries are sent to the endpoint's notification URL with retries until it takes them.
hi1-outbound-col-created = Stored
hi1-outbound-col-about = About
hi1-outbound-col-state = State
hi1-outbound-col-attempts = Attempts
hi1-outbound-col-detail = Detail
hi1-outbound-state-queued = Queued
hi1-outbound-state-delivered = Delivered
hi1-outbound-state-failing = Not delivered yet
hi1-outbound-delivered-at = taken on { $at }
hi1-outbound-transaction = Transaction { $id }
