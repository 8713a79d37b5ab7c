package jixiao.storage.sqlite;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jixiao.domain.check.Review;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.register.Change;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StaleRevisionException;
import jixiao.domain.register.StoredProject;
import jixiao.domain.scoring.Grade;
import jixiao.storage.exchange.JsonExchange;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The SQL of the register, on a handle the caller holds (and whose transaction it owns), so that
 * single edits and whole imports share one implementation.
 */
final class ProjectStore {

    private static final String SUMMARY_COLUMNS = "id, year, unit, name, code, kind, total, grade, errors,"
            + " warnings, indicator_count, revision, saved_at, saved_by";

    private final Scoring scoring = new Scoring();
    private final Clock clock;
    private final String user;

    ProjectStore(Clock clock, String user) {
        this.clock = clock;
        this.user = user;
    }

    /** Plain JDBC: the one query of {@code list}, which then needs none of JDBI's set-up (docs/benchmarks.md). */
    List<ProjectSummary> list(Connection connection, ProjectFilter filter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM project"
                + " WHERE (?1 IS NULL OR year = ?1) AND (?2 IS NULL OR unit = ?2) ORDER BY year, unit, id")) {
            query.setObject(1, filter.year().orElse(null));
            query.setObject(2, filter.unit().orElse(null));
            List<ProjectSummary> summaries = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    summaries.add(summary(rs));
                }
            }
            return summaries;
        }
    }

    Optional<StoredProject> find(Handle handle, long id) {
        return handle.createQuery("SELECT * FROM project WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new StoredProject(rs.getLong("id"), revision(rs), rs.getString("rule_set"),
                        project(handle, rs)))
                .findOne();
    }

    Optional<Long> idOf(Handle handle, ProjectKey key) {
        if (key.hasCode()) {
            Optional<Long> byCode = handle.createQuery("SELECT id FROM project WHERE code = :code")
                    .bind("code", key.code()).mapTo(Long.class).findOne();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        return handle.createQuery("SELECT id FROM project WHERE year = :year AND unit = :unit AND name = :name")
                .bind("year", key.year()).bind("unit", key.unit()).bind("name", key.name())
                .mapTo(Long.class).findOne();
    }

    /** What putting a project did. */
    enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** Adds the project, or replaces the one with its key; either way the history records it. */
    StoredProject put(Handle handle, Project project, String ruleSet) {
        return put(handle, project, ruleSet, outcome -> { });
    }

    StoredProject put(Handle handle, Project project, String ruleSet, Consumer<Outcome> told) {
        Optional<Long> existing = idOf(handle, project.key());
        if (existing.isPresent()) {
            StoredProject old = find(handle, existing.get()).orElseThrow();
            // Importing the same file twice changes nothing and adds nothing to the history.
            if (old.project().equals(project) && old.ruleSet().equals(ruleSet)) {
                told.accept(Outcome.UNCHANGED);
                return old;
            }
            told.accept(Outcome.REPLACED);
            return replace(handle, old, project, ruleSet);
        }
        told.accept(Outcome.ADDED);
        Revision revision = new Revision(1, now(), user);
        Update insert = handle.createUpdate("INSERT INTO project (year, unit, name, code, department, nature,"
                + " category, start_date, end_date, money_unit, overall_goal, goal, actual_summary,"
                + " published_execution_weight, published_execution_rate, published_execution_score,"
                + " published_total_score, published_grade, rule_set, kind, total, grade, errors, warnings,"
                + " indicator_count, revision, saved_at, saved_by) VALUES (:year, :unit, :name, :code,"
                + " :department, :nature, :category, :start, :end, :money_unit, :overall_goal, :goal,"
                + " :actual_summary, :p_weight, :p_rate, :p_score, :p_total, :p_grade, :rule_set, :kind,"
                + " :total, :grade, :errors, :warnings, :indicator_count, :revision, :saved_at, :saved_by)");
        bindProject(insert, project, ruleSet, revision);
        long id = insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertParts(handle, id, project);
        record(handle, Change.Action.INSERT, id, project.key(), null, project);
        return new StoredProject(id, revision, ruleSet, project);
    }

    StoredProject update(Handle handle, long id, Revision editedFrom, Project changed) {
        StoredProject stored = current(handle, id, editedFrom);
        return replace(handle, stored, changed, stored.ruleSet());
    }

    void delete(Handle handle, long id, Revision editedFrom) {
        StoredProject stored = current(handle, id, editedFrom);
        handle.createUpdate("DELETE FROM project WHERE id = :id").bind("id", id).execute();
        record(handle, Change.Action.DELETE, id, stored.project().key(), stored.project(), null);
    }

    /** The stored project, provided it is still at the revision the edit started from. */
    private StoredProject current(Handle handle, long id, Revision editedFrom) {
        StoredProject stored = find(handle, id).orElseThrow(() -> new MissingProjectException("#" + id));
        if (stored.revision().number() != editedFrom.number()) {
            throw new StaleRevisionException(stored.project().key().toString(), editedFrom, stored.revision());
        }
        return stored;
    }

    /** Rescores one project under its rule set; true when its stored result changed. */
    boolean rescore(Handle handle, StoredProject stored) {
        Update update = handle.createUpdate("UPDATE project SET kind = :kind, total = :total, grade = :grade,"
                + " errors = :errors, warnings = :warnings WHERE id = :id"
                + " AND NOT (kind IS :kind AND total IS :total AND grade IS :grade AND errors = :errors"
                + " AND warnings = :warnings)");
        bindScores(update, stored.project(), stored.ruleSet());
        return update.bind("id", stored.id()).execute() > 0;
    }

    List<Long> ids(Handle handle) {
        return handle.createQuery("SELECT id FROM project ORDER BY id").mapTo(Long.class).list();
    }

    List<Change> history(Handle handle, long id) {
        return handle.createQuery("SELECT * FROM change WHERE project_id = :id ORDER BY id").bind("id", id)
                .map((rs, ctx) -> new Change(rs.getLong("id"), Instant.parse(rs.getString("at")),
                        rs.getString("os_user"), Change.Action.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
                        rs.getLong("project_id"), snapshot(rs.getString("before")), snapshot(rs.getString("after"))))
                .list();
    }

    private StoredProject replace(Handle handle, StoredProject old, Project project, String ruleSet) {
        Revision revision = new Revision(old.revision().number() + 1, now(), user);
        Update update = handle.createUpdate("UPDATE project SET year = :year, unit = :unit, name = :name,"
                + " code = :code, department = :department, nature = :nature, category = :category,"
                + " start_date = :start, end_date = :end, money_unit = :money_unit, overall_goal = :overall_goal,"
                + " goal = :goal, actual_summary = :actual_summary, published_execution_weight = :p_weight,"
                + " published_execution_rate = :p_rate, published_execution_score = :p_score,"
                + " published_total_score = :p_total, published_grade = :p_grade, rule_set = :rule_set,"
                + " kind = :kind, total = :total, grade = :grade, errors = :errors, warnings = :warnings,"
                + " indicator_count = :indicator_count, revision = :revision, saved_at = :saved_at,"
                + " saved_by = :saved_by WHERE id = :id");
        bindProject(update, project, ruleSet, revision);
        update.bind("id", old.id()).execute();
        handle.createUpdate("DELETE FROM indicator WHERE project_id = :id").bind("id", old.id()).execute();
        handle.createUpdate("DELETE FROM funding_line WHERE project_id = :id").bind("id", old.id()).execute();
        insertParts(handle, old.id(), project);
        record(handle, Change.Action.UPDATE, old.id(), project.key(), old.project(), project);
        return new StoredProject(old.id(), revision, ruleSet, project);
    }

    private void bindProject(Update statement, Project project, String ruleSet, Revision revision) {
        statement.bind("year", project.key().year()).bind("unit", project.key().unit())
                .bind("name", project.key().name()).bind("code", project.key().code())
                .bind("department", project.profile().department()).bind("nature", project.profile().nature())
                .bind("category", project.profile().category()).bind("start", project.profile().start())
                .bind("end", project.profile().end()).bind("money_unit", project.funding().moneyUnit())
                .bind("overall_goal", project.goals().overall()).bind("goal", project.goals().annual())
                .bind("actual_summary", project.goals().actualSummary())
                .bind("p_weight", text(project.published().executionWeight()))
                .bind("p_rate", text(project.published().executionRate()))
                .bind("p_score", text(project.published().executionScore()))
                .bind("p_total", text(project.published().totalScore()))
                .bind("p_grade", project.published().grade().orElse(null))
                .bind("rule_set", ruleSet).bind("indicator_count", project.indicators().size())
                .bind("revision", revision.number()).bind("saved_at", revision.savedAt().toString())
                .bind("saved_by", revision.savedBy());
        bindScores(statement, project, ruleSet);
    }

    private void bindScores(Update statement, Project project, String ruleSet) {
        Review review = scoring.review(project, ruleSet);
        statement.bind("kind", review.scorecard().kind().name())
                .bind("total", text(review.scorecard().total()))
                .bind("grade", review.scorecard().grade().map(Grade::name).orElse(null))
                .bind("errors", review.errors().size()).bind("warnings", review.warnings().size());
    }

    private static void insertParts(Handle handle, long id, Project project) {
        PreparedBatch lines = handle.prepareBatch("INSERT INTO funding_line (project_id, source, initial,"
                + " adjusted, executed) VALUES (:id, :source, :initial, :adjusted, :executed)");
        project.funding().lines().forEach((source, line) -> {
            if (!line.isEmpty()) {
                lines.bind("id", id).bind("source", source.name().toLowerCase(Locale.ROOT))
                        .bind("initial", text(line.initial())).bind("adjusted", text(line.adjusted()))
                        .bind("executed", text(line.executed())).add();
            }
        });
        execute(lines);
        PreparedBatch rows = handle.prepareBatch("INSERT INTO indicator (project_id, position, level1, level2,"
                + " name, target, actual, weight, manual_score, deviation) VALUES (:id, :position, :level1,"
                + " :level2, :name, :target, :actual, :weight, :manual_score, :deviation)");
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            rows.bind("id", id).bind("position", i).bind("level1", indicator.level1())
                    .bind("level2", indicator.level2()).bind("name", indicator.name())
                    .bind("target", indicator.target().text()).bind("actual", indicator.actual().text())
                    .bind("weight", text(indicator.weight())).bind("manual_score", text(indicator.manualScore()))
                    .bind("deviation", indicator.deviation()).add();
        }
        execute(rows);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private void record(Handle handle, Change.Action action, long id, ProjectKey key, Project before,
            Project after) {
        handle.createUpdate("INSERT INTO change (at, os_user, action, project_id, project, before, after)"
                        + " VALUES (:at, :user, :action, :id, :project, :before, :after)")
                .bind("at", now().toString()).bind("user", user)
                .bind("action", action.name().toLowerCase(Locale.ROOT)).bind("id", id)
                .bind("project", key.toString())
                .bind("before", before == null ? null : AuditJson.JSON.toJson(before))
                .bind("after", after == null ? null : AuditJson.JSON.toJson(after)).execute();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Optional<Project> snapshot(String text) {
        return Optional.ofNullable(text).map(AuditJson.JSON::fromJson);
    }

    private static Project project(Handle handle, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        ProjectKey key = new ProjectKey(rs.getInt("year"), rs.getString("unit"), rs.getString("name"),
                rs.getString("code"));
        Profile profile = new Profile(rs.getString("department"), rs.getString("nature"),
                rs.getString("category"), rs.getString("start_date"), rs.getString("end_date"));
        Goals goals = new Goals(rs.getString("overall_goal"), rs.getString("goal"), rs.getString("actual_summary"));
        Published published = new Published(amount(rs.getString("published_execution_weight")),
                amount(rs.getString("published_execution_rate")), amount(rs.getString("published_execution_score")),
                amount(rs.getString("published_total_score")), Optional.ofNullable(rs.getString("published_grade")));
        return new Project(key, profile, funding(handle, id, rs.getString("money_unit")), goals,
                indicators(handle, id), published);
    }

    private static Funding funding(Handle handle, long id, String moneyUnit) {
        Map<FundingSource, FundingLine> lines = new EnumMap<>(FundingSource.class);
        handle.createQuery("SELECT * FROM funding_line WHERE project_id = :id").bind("id", id)
                .map((rs, ctx) -> Map.entry(FundingSource.valueOf(rs.getString("source").toUpperCase(Locale.ROOT)),
                        new FundingLine(amount(rs.getString("initial")), amount(rs.getString("adjusted")),
                                amount(rs.getString("executed")))))
                .forEach(entry -> lines.put(entry.getKey(), entry.getValue()));
        return new Funding(moneyUnit, lines);
    }

    private static List<Indicator> indicators(Handle handle, long id) {
        return handle.createQuery("SELECT * FROM indicator WHERE project_id = :id ORDER BY position")
                .bind("id", id)
                .map((rs, ctx) -> Indicator.of(rs.getString("level1"), rs.getString("level2"), rs.getString("name"),
                        rs.getString("target"), rs.getString("actual"), amount(rs.getString("weight")).orElse(null),
                        amount(rs.getString("manual_score")).orElse(null), rs.getString("deviation")))
                .list();
    }

    private static ProjectSummary summary(ResultSet rs) throws SQLException {
        ProjectKey key = new ProjectKey(rs.getInt("year"), rs.getString("unit"), rs.getString("name"),
                rs.getString("code"));
        return new ProjectSummary(rs.getLong("id"), key, FormKind.valueOf(rs.getString("kind")),
                amount(rs.getString("total")), Optional.ofNullable(rs.getString("grade")).map(Grade::valueOf),
                rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("indicator_count"), revision(rs));
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("revision"), Instant.parse(rs.getString("saved_at")), rs.getString("saved_by"));
    }

    private static String text(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse(null);
    }

    private static Optional<BigDecimal> amount(String text) {
        return Optional.ofNullable(text).map(BigDecimal::new);
    }

    /** The audit records' JSON, made when history is first written or read: listing needs no Jackson. */
    private static final class AuditJson {
        static final JsonExchange JSON = new JsonExchange();
    }
}
