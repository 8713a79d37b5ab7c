package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import jixiao.domain.monitoring.Light;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.Revision;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The SQL of {@code project}: a project-year's key (its latest form's, to find it by), rule set,
 * revision and cached results, on a handle whose transaction the caller owns; its stages are
 * {@link StageTable}'s. Every write caches the year's results under the rule set it is stored with.
 */
final class ProjectTable {

    private static final String FILTER = " WHERE (:year IS NULL OR year = :year) AND (:unit IS NULL OR unit = :unit)"
            + " AND (:stage IS NULL OR stage = :stage) AND (:light IS NULL OR light = :light)";
    private static final String LIST = "SELECT " + SummaryRow.COLUMNS + " FROM project"
            + " WHERE (?1 IS NULL OR year = ?1) AND (?2 IS NULL OR unit = ?2) AND (?3 IS NULL OR stage = ?3)"
            + " AND (?4 IS NULL OR light = ?4) ORDER BY year, unit, id";
    private static final String KEY = "year = :year, unit = :unit, name = :name, code = :code, indicator_count = :indicator_count";
    private static final String PINNED = "rule_set_id = :rule_set_id, stage = :stage, light = :light, total = :total,"
            + " grade = :grade, errors = :errors, warnings = :warnings, revision = :revision, saved_at = :saved_at,"
            + " saved_by = :saved_by";

    private final CachedScores scores;
    private final StageTable stages = new StageTable();

    ProjectTable(CachedScores scores) {
        this.scores = scores;
    }

    /** Plain JDBC: {@code list} then needs none of JDBI's set-up (docs/benchmarks.md). */
    List<SummaryRow> list(Connection connection, ProjectFilter filter) throws SQLException {
        return PlainQuery.list(connection, LIST, SummaryRow::read, filter.year().orElse(null), filter.unit().orElse(null),
                filter.stage().map(StageKind::key).orElse(null), filter.light().map(Light::key).orElse(null));
    }

    List<Long> ids(Handle handle, ProjectFilter filter) {
        return handle.createQuery("SELECT id FROM project" + FILTER + " ORDER BY id")
                .bind("year", filter.year().orElse(null)).bind("unit", filter.unit().orElse(null))
                .bind("stage", filter.stage().map(StageKind::key).orElse(null))
                .bind("light", filter.light().map(Light::key).orElse(null))
                .mapTo(Long.class).list();
    }

    /** Plain JDBC, as the other reads of one project: {@code show} then needs none of JDBI's set-up. */
    Optional<ProjectRow> row(Connection connection, long id) throws SQLException {
        return PlainQuery.first(connection, "SELECT * FROM project WHERE id = ?", ProjectRow::read, id);
    }

    /** The year of a row, with its stages. */
    ProjectYear year(Connection connection, ProjectRow row) throws SQLException {
        return stages.year(connection, row.id());
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

    long insert(Handle handle, ProjectYear year, long ruleSetId, RuleSet rules, Revision revision) {
        Update insert = handle.createUpdate("INSERT INTO project (year, unit, name, code, indicator_count, rule_set_id,"
                + " stage, light, total, grade, errors, warnings, revision, saved_at, saved_by) VALUES (:year, :unit, :name,"
                + " :code, :indicator_count, :rule_set_id, :stage, :light, :total, :grade, :errors, :warnings, :revision,"
                + " :saved_at, :saved_by)");
        bindKey(insert, year);
        bindPinned(insert, year, ruleSetId, rules, revision);
        long id = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        stages.insert(handle, id, year);
        return id;
    }

    /** Writes the year as it is now over {@code old}, as stored: its row, and the stages that changed. */
    void replace(Handle handle, long id, ProjectYear old, ProjectYear year, long ruleSetId, RuleSet rules,
            Revision revision) {
        Update update = handle.createUpdate("UPDATE project SET " + KEY + ", " + PINNED + " WHERE id = :id");
        bindKey(update, year);
        bindPinned(update, year, ruleSetId, rules, revision);
        update.bind("id", id).execute();
        stages.replace(handle, id, old, year);
    }

    /** Scores the year under another rule set, which it is stored with from now on. */
    void repin(Handle handle, long id, ProjectYear year, long ruleSetId, RuleSet rules, Revision revision) {
        Update update = handle.createUpdate("UPDATE project SET " + PINNED + " WHERE id = :id");
        bindPinned(update, year, ruleSetId, rules, revision);
        update.bind("id", id).execute();
    }

    void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM project WHERE id = :id").bind("id", id).execute();
    }

    private static void bindKey(Update statement, ProjectYear year) {
        ProjectKey key = year.key();
        statement.bind("year", key.year()).bind("unit", key.unit()).bind("name", key.name()).bind("code", key.code())
                .bind("indicator_count", year.latestForm().indicators().size());
    }

    private void bindPinned(Update statement, ProjectYear year, long ruleSetId, RuleSet rules, Revision revision) {
        statement.bind("rule_set_id", ruleSetId).bind("revision", revision.number())
                .bind("saved_at", revision.savedAt().toString()).bind("saved_by", revision.savedBy());
        scores.bind(statement, year, rules);
    }
}
