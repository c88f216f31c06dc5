# Error pages (issue 17): what went wrong and what to do, for readers of every language.
error-not-found = We could not find this page. The address may be mistyped, or what it pointed to was removed or is not yours to see.
error-forbidden = Your account may not do this. If you think it should, ask the provider's administrator.
error-bad-request = The request could not be understood. Go back, check what you entered and try again.
error-conflict = This cannot be done now: the case has moved on since the page was loaded. Reload it to see where it stands.
error-internal = Something went wrong on our side. Try again, and tell the provider if it keeps happening.
error-integrity = A stored file failed its integrity check, so nothing was delivered. The provider has been told.
error-gone = This is no longer available, for example a download whose window has closed.
error-unavailable = The service cannot do this right now. Nothing you sent was lost; try again in a moment.
error-audit-refusing = The audit log cannot record actions right now, so this was not done. The provider's administrators must check the log first; try again later.
error-csrf = The form expired or came from another site. Reload the page and try again.
error-domain-not-admitted = Your agency's domain is no longer admitted. Contact the provider.
error-sign-in = Sign in to continue.
