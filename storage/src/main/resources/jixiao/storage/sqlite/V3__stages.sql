-- Schema 3: a project-year holds its stages (monitoring.md): the declaration, a target adjustment,
-- the mid-year monitoring return and the self-evaluation, each kept, none overwriting another.
-- `project` becomes the year: its key (the latest form's), rule set, revision and cached results;
-- each stage's form moves to `stage`, with its funding lines and indicators.
CREATE TABLE stage (
    id                          INTEGER PRIMARY KEY,
    project_id                  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind                        TEXT NOT NULL
                                CHECK (kind IN ('declaration', 'adjustment', 'monitoring', 'self-evaluation')),
    -- why a stage made read-only by a later one was opened to change again; NULL while it is not
    reopened                    TEXT,
    -- the stage's form (an adjustment has none of its own: these stay blank)
    year                        INTEGER NOT NULL DEFAULT 0,
    unit                        TEXT NOT NULL DEFAULT '',
    name                        TEXT NOT NULL DEFAULT '',
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
    -- a declaration's whole-project funding: 项目资金总额, 其中：财政资金, 其他资金
    project_total               TEXT,
    project_fiscal              TEXT,
    project_other               TEXT,
    -- an adjustment's reason and approval date (ISO); its budgets are its funding lines' `adjusted`,
    -- its targets the rows of `adjusted_target`
    reason                      TEXT NOT NULL DEFAULT '',
    approved_on                 TEXT,
    -- a monitoring return's month M (1–M月), the cause of a budget deviation, and its conclusion:
    -- 总体目标完成情况, 是否需要整改 (1 yes, 0 no, NULL not answered), 整改措施
    month                       INTEGER CHECK (month BETWEEN 1 AND 12),
    budget_cause                TEXT NOT NULL DEFAULT '',
    summary                     TEXT NOT NULL DEFAULT '',
    rectify                     INTEGER,
    rectify_note                TEXT NOT NULL DEFAULT '',
    UNIQUE (project_id, kind)
);

-- Each stored project was one form: it becomes the stage its data shows. StageMigration writes the
-- kind (a self-evaluation once it has an executed amount or an actual value).
INSERT INTO stage (project_id, kind, year, unit, name, code, department, nature, category, start_date, end_date,
        money_unit, overall_goal, goal, actual_summary, published_execution_weight, published_execution_rate,
        published_execution_score, published_total_score, published_grade)
    SELECT id, 'declaration', year, unit, name, code, department, nature, category, start_date, end_date, money_unit,
        overall_goal, goal, actual_summary, published_execution_weight, published_execution_rate,
        published_execution_score, published_total_score, published_grade FROM project;

-- Funding lines and indicators belong to a stage's form now. A monitoring return's form has no
-- executed amounts or actual values of its own, so there `executed` is 1–M月执行数 and `actual`
-- 1–M月实际完成值; `forecast` (全年预计执行数, 全年预计完成值) and the indicator's likelihood, causes
-- (the names of jixiao's Cause, comma-separated), cause note and correction are the return's alone.
CREATE TABLE stage_funding_line (
    stage_id    INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('total', 'fiscal', 'carryover', 'other')),
    initial     TEXT,
    adjusted    TEXT,
    executed    TEXT,
    forecast    TEXT,
    PRIMARY KEY (stage_id, source)
) WITHOUT ROWID;
INSERT INTO stage_funding_line (stage_id, source, initial, adjusted, executed)
    SELECT s.id, f.source, f.initial, f.adjusted, f.executed FROM funding_line f JOIN stage s ON s.project_id = f.project_id;
DROP TABLE funding_line;
ALTER TABLE stage_funding_line RENAME TO funding_line;

CREATE TABLE stage_indicator (
    stage_id      INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    level1        TEXT NOT NULL,
    level2        TEXT NOT NULL,
    name          TEXT NOT NULL,
    target        TEXT NOT NULL,
    actual        TEXT NOT NULL,
    weight        TEXT,
    manual_score  TEXT,
    deviation     TEXT NOT NULL,
    forecast      TEXT NOT NULL DEFAULT '',
    likelihood    TEXT,
    causes        TEXT NOT NULL DEFAULT '',
    cause_note    TEXT NOT NULL DEFAULT '',
    correction    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (stage_id, position)
) WITHOUT ROWID;
INSERT INTO stage_indicator (stage_id, position, level1, level2, name, target, actual, weight, manual_score, deviation)
    SELECT s.id, i.position, i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.manual_score, i.deviation
    FROM indicator i JOIN stage s ON s.project_id = i.project_id;
DROP TABLE indicator;
ALTER TABLE stage_indicator RENAME TO indicator;

-- The rows an adjustment changes, with their targets as adjusted (as declared: the declaration's rows).
CREATE TABLE adjusted_target (
    stage_id  INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    target    TEXT NOT NULL,
    PRIMARY KEY (stage_id, position)
) WITHOUT ROWID;

-- The year keeps its key (the latest form's, for finding it) and caches the stage it has reached and
-- its monitoring return's project light beside the total and grade, so the watch list needs no relighting.
ALTER TABLE project ADD COLUMN stage TEXT NOT NULL DEFAULT 'declaration'
    CHECK (stage IN ('declaration', 'adjustment', 'monitoring', 'self-evaluation'));
ALTER TABLE project ADD COLUMN light TEXT CHECK (light IN ('red', 'yellow', 'green', 'blue'));
ALTER TABLE project DROP COLUMN department;
ALTER TABLE project DROP COLUMN nature;
ALTER TABLE project DROP COLUMN category;
ALTER TABLE project DROP COLUMN start_date;
ALTER TABLE project DROP COLUMN end_date;
ALTER TABLE project DROP COLUMN money_unit;
ALTER TABLE project DROP COLUMN overall_goal;
ALTER TABLE project DROP COLUMN goal;
ALTER TABLE project DROP COLUMN actual_summary;
ALTER TABLE project DROP COLUMN published_execution_weight;
ALTER TABLE project DROP COLUMN published_execution_rate;
ALTER TABLE project DROP COLUMN published_execution_score;
ALTER TABLE project DROP COLUMN published_total_score;
ALTER TABLE project DROP COLUMN published_grade;
ALTER TABLE project DROP COLUMN kind;

-- A change may concern one stage, and starts, reopens and locks stages: the action's check widens,
-- which SQLite does by copying the table.
CREATE TABLE change_v3 (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    os_user       TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'start', 'reopen', 'lock')),
    project_id    INTEGER NOT NULL,
    project       TEXT NOT NULL,
    before        TEXT,
    after         TEXT,
    format        INTEGER NOT NULL DEFAULT 1,
    rules_before  INTEGER REFERENCES rule_set (id),
    rules_after   INTEGER REFERENCES rule_set (id),
    note_zh       TEXT NOT NULL DEFAULT '',
    note_en       TEXT NOT NULL DEFAULT '',
    -- the stage the change concerned; NULL for the year as a whole
    stage         TEXT CHECK (stage IN ('declaration', 'adjustment', 'monitoring', 'self-evaluation'))
);
INSERT INTO change_v3 (id, at, os_user, action, project_id, project, before, after, format, rules_before, rules_after,
        note_zh, note_en)
    SELECT id, at, os_user, action, project_id, project, before, after, format, rules_before, rules_after, note_zh, note_en
    FROM change;
DROP TABLE change;
ALTER TABLE change_v3 RENAME TO change;
CREATE INDEX change_by_project ON change (project_id, id);
