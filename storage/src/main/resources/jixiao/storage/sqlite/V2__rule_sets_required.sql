-- Every project now has its rule set; the text typed after --rules in version 0.1 goes.
ALTER TABLE project DROP COLUMN rule_set;

-- SQLite cannot make an added column NOT NULL; these triggers do instead.
CREATE TRIGGER project_needs_rule_set BEFORE INSERT ON project WHEN NEW.rule_set_id IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a project needs its rule set');
END;
CREATE TRIGGER project_keeps_rule_set BEFORE UPDATE OF rule_set_id ON project WHEN NEW.rule_set_id IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a project needs its rule set');
END;
