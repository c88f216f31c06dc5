-- The language and time zone a person reads LERS in, kept in the profile (issue 17).
-- NULL where nothing was chosen: the language then comes from the browser, times are
-- shown in UTC. The application checks both (a language LERS has, an IANA zone).
ALTER TABLE accounts ADD COLUMN language TEXT;
ALTER TABLE accounts ADD COLUMN time_zone TEXT;
