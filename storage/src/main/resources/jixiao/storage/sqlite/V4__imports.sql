-- Schema 4: an import is one change in the history (issue 14), however many projects it brings: one
-- `change` row naming its files with their SHA-256, and an `imported` row for each project it added
-- or replaced, with the project's before-image where it replaced one (an added project has none; its
-- after-image is its next change's before-image, or the project as stored). `action` widens to
-- 'import' and `project_id` may be NULL, since an import's row is no one project's: SQLite widens a
-- check by copying the table.
CREATE TABLE change_v4 (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    os_user       TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'start', 'reopen', 'lock', 'import')),
    project_id    INTEGER,
    project       TEXT NOT NULL,
    before        TEXT,
    after         TEXT,
    format        INTEGER NOT NULL DEFAULT 1,
    rules_before  INTEGER REFERENCES rule_set (id),
    rules_after   INTEGER REFERENCES rule_set (id),
    note_zh       TEXT NOT NULL DEFAULT '',
    note_en       TEXT NOT NULL DEFAULT '',
    stage         TEXT CHECK (stage IN ('declaration', 'adjustment', 'monitoring', 'self-evaluation')),
    -- an import's files, a line each as sha256sum prints it: the SHA-256 of the bytes read, two spaces, the path
    files         TEXT
);
INSERT INTO change_v4 (id, at, os_user, action, project_id, project, before, after, format, rules_before, rules_after,
        note_zh, note_en, stage)
    SELECT id, at, os_user, action, project_id, project, before, after, format, rules_before, rules_after, note_zh,
        note_en, stage
    FROM change;
DROP TABLE change;
ALTER TABLE change_v4 RENAME TO change;
CREATE INDEX change_by_project ON change (project_id, id);

-- The projects of an import's change, found by project for its history.
CREATE TABLE imported (
    project_id    INTEGER NOT NULL,
    change_id     INTEGER NOT NULL REFERENCES change (id),
    -- the one stage the import changed, as for an update; NULL for a new year or several stages
    stage         TEXT CHECK (stage IN ('declaration', 'adjustment', 'monitoring', 'self-evaluation')),
    -- the year before the import, in the change's format; NULL where the import added it
    before        TEXT,
    rules_before  INTEGER REFERENCES rule_set (id),
    rules_after   INTEGER NOT NULL REFERENCES rule_set (id),
    PRIMARY KEY (project_id, change_id)
) WITHOUT ROWID;
