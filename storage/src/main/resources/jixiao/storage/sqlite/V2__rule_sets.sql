-- Projects keep the rule set they are scored under, in full: a rule-set file may change or vanish,
-- the stored score may not. Projects with the same set (the same hash) share one row.
CREATE TABLE rule_set (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    -- RuleSet.hash(): the SHA-256 of every parameter
    hash     TEXT NOT NULL UNIQUE,
    -- the complete rule-set file, as `jixiao rules export` writes it
    content  TEXT NOT NULL
);

ALTER TABLE project ADD COLUMN rule_set_id INTEGER REFERENCES rule_set (id);

-- How before and after are written (AuditFormat; 1: a project object of the exchange format
-- jixiao/1, which every earlier row is), the rule sets the project was scored under before and
-- after (unknown in earlier rows), and why, where the action alone does not say.
ALTER TABLE change ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE change ADD COLUMN rules_before INTEGER REFERENCES rule_set (id);
ALTER TABLE change ADD COLUMN rules_after INTEGER REFERENCES rule_set (id);
ALTER TABLE change ADD COLUMN note_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE change ADD COLUMN note_en TEXT NOT NULL DEFAULT '';
