package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import jixiao.domain.register.Revision;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;

/**
 * The inserts of an import's new project-years, each statement prepared once on the import's
 * connection and reused, in batches: a statement compiled per project and per table, and JDBI's
 * set-up of each, were a fifth of an import (docs/benchmarks.md). Ids are the import's own, taken on
 * from the largest stored (the import holds the write lock), so that no insert waits for its key.
 * {@link #flush} writes what is batched; the import flushes before anything else touches the tables.
 */
final class ImportStatements implements AutoCloseable {

    /** Years batched before they are written: enough to pay for a batch, little enough to hold. */
    private static final int BATCH = 256;

    private final PreparedStatement project;
    private final PreparedStatement stage;
    private final PreparedStatement line;
    /** A form's indicator rows; a monitoring return's, with what it reports of each, have statements of their own. */
    private final PreparedStatement indicator;
    private final PreparedStatement monitoredIndicator;
    private final PreparedStatement target;
    private long nextProjectId;
    private long nextStageId;
    private int batched;

    ImportStatements(Connection connection) throws SQLException {
        project = connection.prepareStatement("INSERT INTO project (id, year, unit, name, code, indicator_count,"
                + " rule_set_id, stage, light, total, grade, errors, warnings, revision, saved_at, saved_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stage = connection.prepareStatement("INSERT INTO stage (id, project_id, kind, reopened, year, unit, name, code,"
                + " department, nature, category, start_date, end_date, money_unit, overall_goal, goal, actual_summary,"
                + " published_execution_weight, published_execution_rate, published_execution_score,"
                + " published_total_score, published_grade, project_total, project_fiscal, project_other, reason,"
                + " approved_on, month, budget_cause, summary, rectify, rectify_note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        line = connection.prepareStatement("INSERT INTO funding_line (stage_id, source, initial, adjusted, executed,"
                + " forecast) VALUES (?, ?, ?, ?, ?, ?)");
        indicator = connection.prepareStatement("INSERT INTO indicator (stage_id, position, level1, level2, name, target,"
                + " actual, weight, manual_score, deviation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        monitoredIndicator = connection.prepareStatement("INSERT INTO indicator (stage_id, position, level1, level2, name,"
                + " target, actual, weight, manual_score, deviation, forecast, likelihood, causes, cause_note, correction)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        target = connection.prepareStatement("INSERT INTO adjusted_target (stage_id, position, target) VALUES (?, ?, ?)");
        nextProjectId = next(connection, "project");
        nextStageId = next(connection, "stage");
    }

    /** Batches a new year with its stages and their rows; returns the id it will have. */
    long insert(ProjectYear year, long ruleSetId, CachedScores.Results results, Revision revision) throws SQLException {
        long id = nextProjectId++;
        set(project, id, year.key().year(), year.key().unit(), year.key().name(), year.key().code(),
                year.latestForm().indicators().size(), ruleSetId, results.stage(), results.light(), results.total(),
                results.grade(), results.errors(), results.warnings(), revision.number(), revision.savedAt().toString(),
                revision.savedBy());
        project.addBatch();
        for (Stage each : year.stages()) {
            insert(id, each, Optional.ofNullable(year.reopened().get(each.kind())));
        }
        if (++batched == BATCH) {
            flush();
        }
        return id;
    }

    /**
     * Goes on after the ids a merge took: a stored year merged through JDBI ({@link ProjectStore#merge})
     * writes its new stage rows with SQLite's next ids, which this import's own would otherwise repeat.
     */
    void afterMerge(Connection connection) throws SQLException {
        nextStageId = Math.max(nextStageId, next(connection, "stage"));
    }

    /** Writes every year batched, parents before their rows. */
    void flush() throws SQLException {
        if (batched == 0) {
            return;
        }
        project.executeBatch();
        stage.executeBatch();
        line.executeBatch();
        indicator.executeBatch();
        monitoredIndicator.executeBatch();
        target.executeBatch();
        batched = 0;
    }

    @Override
    public void close() throws SQLException {
        try (project; stage; line; indicator; monitoredIndicator; target) {
            // closed in turn, the first failure reported
        }
    }

    private void insert(long projectId, Stage kept, Optional<String> reopened) throws SQLException {
        long id = nextStageId++;
        StageRow row = StageRow.of(kept, reopened);
        FormRow form = row.form();
        set(stage, id, projectId, row.kind(), row.reopened(), form.year(), form.unit(), form.name(), form.code(),
                form.department(), form.nature(), form.category(), form.start(), form.end(), form.moneyUnit(),
                form.overallGoal(), form.goal(), form.actualSummary(), form.publishedExecutionWeight(),
                form.publishedExecutionRate(), form.publishedExecutionScore(), form.publishedTotalScore(),
                form.publishedGrade(), row.projectTotal(), row.projectFiscal(), row.projectOther(), row.reason(),
                row.approvedOn(), row.month(), row.budgetCause(), row.summary(), row.rectify(), row.rectifyNote());
        stage.addBatch();
        for (FundingLineRow each : StageTable.lines(kept)) {
            set(line, id, each.source(), each.initial(), each.adjusted(), each.executed(), each.forecast());
            line.addBatch();
        }
        for (IndicatorRow each : StageTable.indicators(kept)) {
            if (kept instanceof MonitoringReturn) {
                set(monitoredIndicator, id, each.position(), each.level1(), each.level2(), each.name(), each.target(),
                        each.actual(), each.weight(), each.manualScore(), each.deviation(), each.forecast(),
                        each.likelihood(), each.causes(), each.causeNote(), each.correction());
                monitoredIndicator.addBatch();
            } else { // the return's columns keep their defaults, which is what a form's row holds: fewer values bound
                set(indicator, id, each.position(), each.level1(), each.level2(), each.name(), each.target(), each.actual(),
                        each.weight(), each.manualScore(), each.deviation());
                indicator.addBatch();
            }
        }
        if (kept instanceof Adjustment adjusted) {
            for (AdjustedTargetRow each : adjusted.targets().stream().map(AdjustedTargetRow::of).toList()) {
                set(target, id, each.position(), each.target());
                target.addBatch();
            }
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static long next(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }
}
