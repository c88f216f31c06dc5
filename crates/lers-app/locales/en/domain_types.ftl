# The types of organisation on the allow-list: CISA's .gov list publishes them in
# English ("City - Election"); the key is the published text in lower case, dashes
# between words. A type with no message here is shown as published, marked English.
domain-type-city = City
domain-type-city-election = City – election
domain-type-county = County
domain-type-county-election = County – election
domain-type-federal = Federal
domain-type-federal-executive = Federal – executive
domain-type-federal-judicial = Federal – judicial
domain-type-federal-legislative = Federal – legislative
domain-type-interstate = Interstate
domain-type-school-district = School district
domain-type-special-district = Special district
domain-type-special-district-election = Special district – election
domain-type-state-or-territory = State or territory
domain-type-state-or-territory-election = State or territory – election
domain-type-tribal = Tribal
domain-type-tribal-election = Tribal – election
domain-type-suffix-rule = Suffix rule
domain-type-domain = Domain
