package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.Revision;
import jixiao.domain.rules.RuleSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The SQL of {@code project} and the rows that belong to it ({@code funding_line}, {@code indicator}),
 * on a handle whose transaction the caller owns. Every write caches the project's scores under the
 * rule set it is stored with.
 */
final class ProjectTable {

    private static final String FILTER = " WHERE (:year IS NULL OR year = :year) AND (:unit IS NULL OR unit = :unit)";
    private static final String LIST = "SELECT " + SummaryRow.COLUMNS + " FROM project"
            + " WHERE (?1 IS NULL OR year = ?1) AND (?2 IS NULL OR unit = ?2) ORDER BY year, unit, id";
    private static final String FIELDS = "year = :year, unit = :unit, name = :name, code = :code,"
            + " department = :department, nature = :nature, category = :category, start_date = :start,"
            + " end_date = :end, money_unit = :money_unit, overall_goal = :overall_goal, goal = :goal,"
            + " actual_summary = :actual_summary, published_execution_weight = :p_weight,"
            + " published_execution_rate = :p_rate, published_execution_score = :p_score,"
            + " published_total_score = :p_total, published_grade = :p_grade, indicator_count = :indicator_count";
    private static final String PINNED = "rule_set_id = :rule_set_id, kind = :kind, total = :total, grade = :grade,"
            + " errors = :errors, warnings = :warnings, revision = :revision, saved_at = :saved_at, saved_by = :saved_by";

    private final CachedScores scores;

    ProjectTable(CachedScores scores) {
        this.scores = scores;
    }

    /** Plain JDBC: {@code list} then needs none of JDBI's set-up (docs/benchmarks.md). */
    List<SummaryRow> list(Connection connection, ProjectFilter filter) throws SQLException {
        return PlainQuery.list(connection, LIST, SummaryRow::read, filter.year().orElse(null), filter.unit().orElse(null));
    }

    List<Long> ids(Handle handle, ProjectFilter filter) {
        return handle.createQuery("SELECT id FROM project" + FILTER + " ORDER BY id")
                .bind("year", filter.year().orElse(null)).bind("unit", filter.unit().orElse(null))
                .mapTo(Long.class).list();
    }

    /** Plain JDBC, as the other reads of one project: {@code show} then needs none of JDBI's set-up. */
    Optional<ProjectRow> row(Connection connection, long id) throws SQLException {
        return PlainQuery.first(connection, "SELECT * FROM project WHERE id = ?", ProjectRow::read, id);
    }

    /** The project of a row, with its funding lines and indicators. */
    Project project(Connection connection, ProjectRow row) throws SQLException {
        List<FundingLineRow> lines = PlainQuery.list(connection, "SELECT * FROM funding_line WHERE project_id = ?",
                FundingLineRow::read, row.id());
        List<IndicatorRow> indicators = PlainQuery.list(connection,
                "SELECT * FROM indicator WHERE project_id = ? ORDER BY position", IndicatorRow::read, row.id());
        return row.toDomain(lines, indicators);
    }

    /** By code where the key has one and it is stored, else by year, unit and name. */
    Optional<Long> idOf(Connection connection, ProjectKey key) throws SQLException {
        if (key.hasCode()) {
            Optional<Long> byCode = PlainQuery.first(connection, "SELECT id FROM project WHERE code = ?",
                    rs -> rs.getLong(1), key.code());
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        return PlainQuery.first(connection, "SELECT id FROM project WHERE year = ? AND unit = ? AND name = ?",
                rs -> rs.getLong(1), key.year(), key.unit(), key.name());
    }

    /** The project stored under the key's code, if it has one. */
    Optional<Long> idByCode(Handle handle, ProjectKey key) {
        if (!key.hasCode()) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT id FROM project WHERE code = :code")
                .bind("code", key.code()).mapTo(Long.class).findOne();
    }

    /** The project stored under the key's year, unit and name. */
    Optional<Long> idByName(Handle handle, ProjectKey key) {
        return handle.createQuery("SELECT id FROM project WHERE year = :year AND unit = :unit AND name = :name")
                .bind("year", key.year()).bind("unit", key.unit()).bind("name", key.name())
                .mapTo(Long.class).findOne();
    }

    long insert(Handle handle, Project project, long ruleSetId, RuleSet rules, Revision revision) {
        Update insert = handle.createUpdate("INSERT INTO project (year, unit, name, code, department, nature,"
                + " category, start_date, end_date, money_unit, overall_goal, goal, actual_summary,"
                + " published_execution_weight, published_execution_rate, published_execution_score,"
                + " published_total_score, published_grade, indicator_count, rule_set_id, kind, total, grade, errors,"
                + " warnings, revision, saved_at, saved_by) VALUES (:year, :unit, :name, :code, :department, :nature,"
                + " :category, :start, :end, :money_unit, :overall_goal, :goal, :actual_summary, :p_weight, :p_rate,"
                + " :p_score, :p_total, :p_grade, :indicator_count, :rule_set_id, :kind, :total, :grade, :errors,"
                + " :warnings, :revision, :saved_at, :saved_by)");
        bindFields(insert, project);
        bindPinned(insert, project, ruleSetId, rules, revision);
        long id = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertParts(handle, id, project);
        return id;
    }

    void replace(Handle handle, long id, Project project, long ruleSetId, RuleSet rules, Revision revision) {
        Update update = handle.createUpdate("UPDATE project SET " + FIELDS + ", " + PINNED + " WHERE id = :id");
        bindFields(update, project);
        bindPinned(update, project, ruleSetId, rules, revision);
        update.bind("id", id).execute();
        handle.createUpdate("DELETE FROM indicator WHERE project_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM funding_line WHERE project_id = :id").bind("id", id).execute();
        insertParts(handle, id, project);
    }

    /** Scores the project under another rule set, which it is stored with from now on. */
    void repin(Handle handle, long id, Project project, long ruleSetId, RuleSet rules, Revision revision) {
        Update update = handle.createUpdate("UPDATE project SET " + PINNED + " WHERE id = :id");
        bindPinned(update, project, ruleSetId, rules, revision);
        update.bind("id", id).execute();
    }

    void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM project WHERE id = :id").bind("id", id).execute();
    }

    private static void bindFields(Update statement, Project project) {
        statement.bind("year", project.key().year()).bind("unit", project.key().unit())
                .bind("name", project.key().name()).bind("code", project.key().code())
                .bind("department", project.profile().department()).bind("nature", project.profile().nature())
                .bind("category", project.profile().category()).bind("start", project.profile().start())
                .bind("end", project.profile().end()).bind("money_unit", project.funding().moneyUnit())
                .bind("overall_goal", project.goals().overall()).bind("goal", project.goals().annual())
                .bind("actual_summary", project.goals().actualSummary())
                .bind("p_weight", ProjectRow.text(project.published().executionWeight()))
                .bind("p_rate", ProjectRow.text(project.published().executionRate()))
                .bind("p_score", ProjectRow.text(project.published().executionScore()))
                .bind("p_total", ProjectRow.text(project.published().totalScore()))
                .bind("p_grade", project.published().grade().orElse(null))
                .bind("indicator_count", project.indicators().size());
    }

    private void bindPinned(Update statement, Project project, long ruleSetId, RuleSet rules, Revision revision) {
        statement.bind("rule_set_id", ruleSetId).bind("revision", revision.number())
                .bind("saved_at", revision.savedAt().toString()).bind("saved_by", revision.savedBy());
        scores.bind(statement, project, rules);
    }

    private static void insertParts(Handle handle, long id, Project project) {
        PreparedBatch lines = handle.prepareBatch("INSERT INTO funding_line (project_id, source, initial,"
                + " adjusted, executed) VALUES (:id, :source, :initial, :adjusted, :executed)");
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = project.funding().line(source);
            if (!line.isEmpty()) {
                FundingLineRow row = FundingLineRow.of(source, line);
                lines.bind("id", id).bind("source", row.source()).bind("initial", row.initial())
                        .bind("adjusted", row.adjusted()).bind("executed", row.executed()).add();
            }
        }
        execute(lines);
        PreparedBatch rows = handle.prepareBatch("INSERT INTO indicator (project_id, position, level1, level2,"
                + " name, target, actual, weight, manual_score, deviation) VALUES (:id, :position, :level1,"
                + " :level2, :name, :target, :actual, :weight, :manual_score, :deviation)");
        for (int i = 0; i < project.indicators().size(); i++) {
            IndicatorRow row = IndicatorRow.of(i, project.indicators().get(i));
            rows.bind("id", id).bind("position", row.position()).bind("level1", row.level1())
                    .bind("level2", row.level2()).bind("name", row.name()).bind("target", row.target())
                    .bind("actual", row.actual()).bind("weight", row.weight()).bind("manual_score", row.manualScore())
                    .bind("deviation", row.deviation()).add();
        }
        execute(rows);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
