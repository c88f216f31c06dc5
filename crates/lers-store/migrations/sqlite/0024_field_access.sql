-- Who on the response team sees and edits which parts of a case (role × field group).
-- Only admins' changes to the defaults are stored; the defaults live in the code
-- (lers-domain field_access). A change that widens access waits here, proposed, until a
-- second admin applies it.
CREATE TABLE field_access_rules (
    role TEXT NOT NULL,
    field_group TEXT NOT NULL,
    access TEXT,
    changed_by BIGINT REFERENCES accounts (id),
    changed_at BIGINT,
    proposed_access TEXT,
    proposed_by BIGINT REFERENCES accounts (id),
    proposed_at BIGINT,
    PRIMARY KEY (role, field_group)
);
