package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.register.Revision;

/**
 * The inserts of an import's new projects, each statement prepared once on the import's connection
 * and reused, in batches: a statement compiled per project and per table, and JDBI's set-up of each,
 * were a fifth of an import (docs/benchmarks.md). Ids are the import's own, taken on from the largest
 * stored (the import holds the write lock), so that no insert waits for its key. {@link #flush}
 * writes what is batched; the import flushes before anything else reads or writes the tables.
 */
final class ImportStatements implements AutoCloseable {

    /** Projects batched before they are written: enough to pay for a batch, few enough to hold. */
    private static final int BATCH = 256;

    private final PreparedStatement project;
    private final PreparedStatement line;
    private final PreparedStatement indicator;
    private long nextId;
    private int batched;

    ImportStatements(Connection connection) throws SQLException {
        project = connection.prepareStatement("INSERT INTO project (id, year, unit, name, code, department, nature,"
                + " category, start_date, end_date, money_unit, overall_goal, goal, actual_summary,"
                + " published_execution_weight, published_execution_rate, published_execution_score,"
                + " published_total_score, published_grade, indicator_count, rule_set_id, kind, total, grade, errors,"
                + " warnings, revision, saved_at, saved_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        line = connection.prepareStatement("INSERT INTO funding_line (project_id, source, initial, adjusted, executed)"
                + " VALUES (?, ?, ?, ?, ?)");
        indicator = connection.prepareStatement("INSERT INTO indicator (project_id, position, level1, level2, name,"
                + " target, actual, weight, manual_score, deviation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM project")) {
            max.next();
            nextId = max.getLong(1);
        }
    }

    /** Batches a new project with its rows; returns the id it will have. */
    long insert(Project form, long ruleSetId, CachedScores.Results results, Revision revision) throws SQLException {
        long id = nextId++;
        set(project, id, form.key().year(), form.key().unit(), form.key().name(), form.key().code(),
                form.profile().department(), form.profile().nature(), form.profile().category(), form.profile().start(),
                form.profile().end(), form.funding().moneyUnit(), form.goals().overall(), form.goals().annual(),
                form.goals().actualSummary(), ProjectRow.text(form.published().executionWeight()),
                ProjectRow.text(form.published().executionRate()), ProjectRow.text(form.published().executionScore()),
                ProjectRow.text(form.published().totalScore()), form.published().grade().orElse(null),
                form.indicators().size(), ruleSetId, results.kind(), results.total(), results.grade(), results.errors(),
                results.warnings(), revision.number(), revision.savedAt().toString(), revision.savedBy());
        project.addBatch();
        for (FundingSource source : FundingSource.values()) {
            FundingLine funding = form.funding().line(source);
            if (!funding.isEmpty()) {
                FundingLineRow each = FundingLineRow.of(source, funding);
                set(line, id, each.source(), each.initial(), each.adjusted(), each.executed());
                line.addBatch();
            }
        }
        for (int i = 0; i < form.indicators().size(); i++) {
            IndicatorRow each = IndicatorRow.of(i, form.indicators().get(i));
            set(indicator, id, each.position(), each.level1(), each.level2(), each.name(), each.target(), each.actual(),
                    each.weight(), each.manualScore(), each.deviation());
            indicator.addBatch();
        }
        if (++batched == BATCH) {
            flush();
        }
        return id;
    }

    /** Writes every project batched, parents before their rows. */
    void flush() throws SQLException {
        if (batched == 0) {
            return;
        }
        project.executeBatch();
        line.executeBatch();
        indicator.executeBatch();
        batched = 0;
    }

    @Override
    public void close() throws SQLException {
        try (project; line; indicator) {
            // each closed in turn; the first failure is reported
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
