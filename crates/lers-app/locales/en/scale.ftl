# Pages that stay fast at scale (issue 16): paged deconfliction, capped counts.
pager-status-more = Page { $page } (more than { $total } in all)
naming-title = Requests naming { $target }
naming-lead = Every other request, from any agency, that names this identifier of { $reference }, newest first.
naming-back = Back to the request
naming-none = No other request names it.
naming-more = { $shown } of { $total } shown
naming-all = all requests naming it
