package jixiao.storage.sqlite;

import java.sql.Connection;
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
 * The inserts of an import's new project-years, each table's statements prepared once on the import's
 * connection and reused, in batches of rows several to a statement ({@link RowBatch}): a statement
 * compiled per project and per table, and JDBI's set-up of each, were a fifth of an import
 * (docs/benchmarks.md). Ids are the import's own, taken on
 * from the largest stored (the import holds the write lock), so that no insert waits for its key.
 * {@link #flush} writes what is batched; the import flushes before anything else touches the tables.
 */
final class ImportStatements implements AutoCloseable {

    /** Years batched before they are written: enough to pay for a batch, little enough to hold. */
    private static final int BATCH = 256;

    private final RowBatch project;
    private final RowBatch stage;
    private final RowBatch line;
    /** A form's indicator rows; a monitoring return's, with what it reports of each, have statements of their own. */
    private final RowBatch indicator;
    private final RowBatch monitoredIndicator;
    private final RowBatch target;
    /** Every year the import adds is its first revision, saved at the import's one moment: written out once. */
    private final long revision;
    private final String savedAt;
    private final String savedBy;
    private long nextProjectId;
    private long nextStageId;
    private int batched;

    ImportStatements(Connection connection, Revision added) throws SQLException {
        revision = added.number();
        savedAt = added.savedAt().toString();
        savedBy = added.savedBy();
        project = new RowBatch(connection, "INSERT INTO project (id, year, unit, name, code, indicator_count,"
                + " rule_set_id, stage, light, total, grade, errors, warnings, revision, saved_at, saved_by)", 16);
        stage = new RowBatch(connection, "INSERT INTO stage (id, project_id, kind, reopened, year, unit, name, code,"
                + " department, nature, category, start_date, end_date, money_unit, overall_goal, goal, actual_summary,"
                + " published_execution_weight, published_execution_rate, published_execution_score,"
                + " published_total_score, published_grade, project_total, project_fiscal, project_other, reason,"
                + " approved_on, month, budget_cause, summary, rectify, rectify_note)", 32);
        line = new RowBatch(connection, "INSERT INTO funding_line (stage_id, source, initial, adjusted, executed,"
                + " forecast)", 6);
        indicator = new RowBatch(connection, "INSERT INTO indicator (stage_id, position, level1, level2, name, target,"
                + " actual, weight, manual_score, deviation)", 10);
        monitoredIndicator = new RowBatch(connection, "INSERT INTO indicator (stage_id, position, level1, level2, name,"
                + " target, actual, weight, manual_score, deviation, forecast, likelihood, causes, cause_note, correction)",
                15);
        target = new RowBatch(connection, "INSERT INTO adjusted_target (stage_id, position, target)", 3);
        nextProjectId = next(connection, "project");
        nextStageId = next(connection, "stage");
    }

    /** Batches a new year with its stages and their rows; returns the id it will have. */
    long insert(ProjectYear year, long ruleSetId, CachedScores.Results results) throws SQLException {
        long id = nextProjectId++;
        project.add(id, year.key().year(), year.key().unit(), year.key().name(), year.key().code(),
                year.latestForm().indicators().size(), ruleSetId, results.stage(), results.light(), results.total(),
                results.grade(), results.errors(), results.warnings(), revision, savedAt, savedBy);
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
        project.flush();
        stage.flush();
        line.flush();
        indicator.flush();
        monitoredIndicator.flush();
        target.flush();
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
        stage.add(id, projectId, row.kind(), row.reopened(), form.year(), form.unit(), form.name(), form.code(),
                form.department(), form.nature(), form.category(), form.start(), form.end(), form.moneyUnit(),
                form.overallGoal(), form.goal(), form.actualSummary(), form.publishedExecutionWeight(),
                form.publishedExecutionRate(), form.publishedExecutionScore(), form.publishedTotalScore(),
                form.publishedGrade(), row.projectTotal(), row.projectFiscal(), row.projectOther(), row.reason(),
                row.approvedOn(), row.month(), row.budgetCause(), row.summary(), row.rectify(), row.rectifyNote());
        for (FundingLineRow each : StageTable.lines(kept)) {
            line.add(id, each.source(), each.initial(), each.adjusted(), each.executed(), each.forecast());
        }
        for (IndicatorRow each : StageTable.indicators(kept)) {
            if (kept instanceof MonitoringReturn) {
                monitoredIndicator.add(id, each.position(), each.level1(), each.level2(), each.name(), each.target(),
                        each.actual(), each.weight(), each.manualScore(), each.deviation(), each.forecast(),
                        each.likelihood(), each.causes(), each.causeNote(), each.correction());
            } else { // the return's columns keep their defaults, which is what a form's row holds: fewer values bound
                indicator.add(id, each.position(), each.level1(), each.level2(), each.name(), each.target(), each.actual(),
                        each.weight(), each.manualScore(), each.deviation());
            }
        }
        if (kept instanceof Adjustment adjusted) {
            for (AdjustedTargetRow each : adjusted.targets().stream().map(AdjustedTargetRow::of).toList()) {
                target.add(id, each.position(), each.target());
            }
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
