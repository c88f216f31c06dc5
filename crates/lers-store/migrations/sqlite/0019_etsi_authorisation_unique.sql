-- An order's AuthorisationObject identifier names one order across every endpoint: an
-- enforcing authority's decision names the order by it alone, so no second endpoint
-- may reuse it.
CREATE UNIQUE INDEX etsi_orders_authorisation ON etsi_orders (authorisation_id);
