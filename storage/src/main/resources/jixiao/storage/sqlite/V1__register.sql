-- The register of projects, their funding lines and indicators, and the audit history.
-- Amounts are TEXT so that 485.55 and 20.00 keep their decimals exactly.
CREATE TABLE project (
    id                          INTEGER PRIMARY KEY,
    year                        INTEGER NOT NULL,
    unit                        TEXT NOT NULL,
    name                        TEXT NOT NULL,
    code                        TEXT NOT NULL DEFAULT '',
    department                  TEXT NOT NULL DEFAULT '',
    nature                      TEXT NOT NULL DEFAULT '',
    category                    TEXT NOT NULL DEFAULT '',
    start_date                  TEXT NOT NULL DEFAULT '',
    end_date                    TEXT NOT NULL DEFAULT '',
    money_unit                  TEXT NOT NULL DEFAULT '',
    overall_goal                TEXT NOT NULL DEFAULT '',
    goal                        TEXT NOT NULL DEFAULT '',
    actual_summary              TEXT NOT NULL DEFAULT '',
    published_execution_weight  TEXT,
    published_execution_rate    TEXT,
    published_execution_score   TEXT,
    published_total_score       TEXT,
    published_grade             TEXT,
    rule_set                    TEXT NOT NULL,
    -- the last scoring, so that listing thousands of projects needs no rescoring (recalc redoes it)
    kind                        TEXT NOT NULL,
    total                       TEXT,
    grade                       TEXT,
    errors                      INTEGER NOT NULL,
    warnings                    INTEGER NOT NULL,
    indicator_count             INTEGER NOT NULL,
    -- optimistic locking: an edit names the revision it started from
    revision                    INTEGER NOT NULL,
    saved_at                    TEXT NOT NULL,
    saved_by                    TEXT NOT NULL
);
CREATE UNIQUE INDEX project_by_key ON project (year, unit, name);
CREATE UNIQUE INDEX project_by_code ON project (code) WHERE code <> '';

CREATE TABLE funding_line (
    project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('total', 'fiscal', 'carryover', 'other')),
    initial     TEXT,
    adjusted    TEXT,
    executed    TEXT,
    PRIMARY KEY (project_id, source)
) WITHOUT ROWID;

CREATE TABLE indicator (
    project_id    INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    level1        TEXT NOT NULL,
    level2        TEXT NOT NULL,
    name          TEXT NOT NULL,
    target        TEXT NOT NULL,
    actual        TEXT NOT NULL,
    weight        TEXT,
    manual_score  TEXT,
    deviation     TEXT NOT NULL,
    PRIMARY KEY (project_id, position)
) WITHOUT ROWID;

-- Every insert, update and delete, with the whole project before and after as exchange JSON.
-- project_id is no foreign key: the history outlives a deleted project.
CREATE TABLE change (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    project_id  INTEGER NOT NULL,
    project     TEXT NOT NULL,
    before      TEXT,
    after       TEXT
);
CREATE INDEX change_by_project ON change (project_id, id);
