package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The SQL of a project-year's stages ({@code stage}) and the rows that belong to each
 * ({@code funding_line}, {@code indicator}, {@code adjusted_target}), on a handle whose transaction
 * the caller owns. A write touches only the stages that changed.
 */
final class StageTable {

    private static final String OF_YEAR = " JOIN stage s ON s.id = t.stage_id WHERE s.project_id = ?";

    /** The stages of a year, as stored, and why any was reopened: plain JDBC, as every read of a project (PlainQuery). */
    ProjectYear year(Connection connection, long projectId) throws SQLException {
        List<StageRow> rows = PlainQuery.list(connection, "SELECT * FROM stage WHERE project_id = ?", StageRow::read,
                projectId);
        Map<Long, List<FundingLineRow>> lines = byStage(PlainQuery.list(connection,
                "SELECT t.* FROM funding_line t" + OF_YEAR, rs -> Map.entry(rs.getLong("stage_id"), FundingLineRow.read(rs)),
                projectId));
        Map<Long, List<IndicatorRow>> indicators = byStage(PlainQuery.list(connection,
                "SELECT t.* FROM indicator t" + OF_YEAR + " ORDER BY t.stage_id, t.position",
                rs -> Map.entry(rs.getLong("stage_id"), IndicatorRow.read(rs)), projectId));
        Map<Long, List<AdjustedTargetRow>> targets = byStage(PlainQuery.list(connection,
                "SELECT t.* FROM adjusted_target t" + OF_YEAR + " ORDER BY t.stage_id, t.position",
                rs -> Map.entry(rs.getLong("stage_id"), AdjustedTargetRow.read(rs)), projectId));
        List<Stage> stages = new ArrayList<>();
        Map<StageKind, String> reopened = new EnumMap<>(StageKind.class);
        for (StageRow row : rows) {
            stages.add(row.toDomain(lines.getOrDefault(row.id(), List.of()), indicators.getOrDefault(row.id(), List.of()),
                    targets.getOrDefault(row.id(), List.of())));
            row.toReopened().ifPresent(why -> reopened.put(row.toKind(), why));
        }
        return ProjectYear.of(stages, reopened);
    }

    /** Rows grouped by the stage they belong to, in the order read. */
    private static <T> Map<Long, List<T>> byStage(List<Map.Entry<Long, T>> rows) {
        Map<Long, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return grouped;
    }

    void insert(Handle handle, long projectId, ProjectYear year) {
        for (Stage stage : year.stages()) {
            insert(handle, projectId, stage, reopened(year, stage.kind()));
        }
    }

    /** Writes what differs between the year as stored ({@code old}) and as it is now: stage by stage. */
    void replace(Handle handle, long projectId, ProjectYear old, ProjectYear now) {
        for (StageKind kind : StageKind.values()) {
            Optional<Stage> was = old.stage(kind);
            Optional<Stage> is = now.stage(kind);
            if (was.equals(is) && reopened(old, kind).equals(reopened(now, kind))) {
                continue;
            }
            if (was.isPresent()) {
                handle.createUpdate("DELETE FROM stage WHERE project_id = :id AND kind = :kind").bind("id", projectId)
                        .bind("kind", kind.key()).execute();
            }
            is.ifPresent(stage -> insert(handle, projectId, stage, reopened(now, kind)));
        }
    }

    private static Optional<String> reopened(ProjectYear year, StageKind kind) {
        return Optional.ofNullable(year.reopened().get(kind));
    }

    private static void insert(Handle handle, long projectId, Stage stage, Optional<String> reopened) {
        StageRow row = StageRow.of(stage, reopened);
        FormRow form = row.form();
        long id = handle.createUpdate("INSERT INTO stage (project_id, kind, reopened, year, unit, name, code, department,"
                        + " nature, category, start_date, end_date, money_unit, overall_goal, goal, actual_summary,"
                        + " published_execution_weight, published_execution_rate, published_execution_score,"
                        + " published_total_score, published_grade, project_total, project_fiscal, project_other, reason,"
                        + " approved_on, month, budget_cause, summary, rectify, rectify_note) VALUES (:project_id, :kind,"
                        + " :reopened, :year, :unit, :name, :code, :department, :nature, :category, :start, :end,"
                        + " :money_unit, :overall_goal, :goal, :actual_summary, :p_weight, :p_rate, :p_score, :p_total,"
                        + " :p_grade, :project_total, :project_fiscal, :project_other, :reason, :approved_on, :month,"
                        + " :budget_cause, :summary, :rectify, :rectify_note)")
                .bind("project_id", projectId).bind("kind", row.kind()).bind("reopened", row.reopened())
                .bind("year", form.year()).bind("unit", form.unit()).bind("name", form.name()).bind("code", form.code())
                .bind("department", form.department()).bind("nature", form.nature()).bind("category", form.category())
                .bind("start", form.start()).bind("end", form.end()).bind("money_unit", form.moneyUnit())
                .bind("overall_goal", form.overallGoal()).bind("goal", form.goal())
                .bind("actual_summary", form.actualSummary()).bind("p_weight", form.publishedExecutionWeight())
                .bind("p_rate", form.publishedExecutionRate()).bind("p_score", form.publishedExecutionScore())
                .bind("p_total", form.publishedTotalScore()).bind("p_grade", form.publishedGrade())
                .bind("project_total", row.projectTotal()).bind("project_fiscal", row.projectFiscal())
                .bind("project_other", row.projectOther()).bind("reason", row.reason())
                .bind("approved_on", row.approvedOn()).bind("month", row.month()).bind("budget_cause", row.budgetCause())
                .bind("summary", row.summary()).bind("rectify", row.rectify()).bind("rectify_note", row.rectifyNote())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertLines(handle, id, lines(stage));
        insertIndicators(handle, id, indicators(stage));
        if (stage instanceof Adjustment adjusted) {
            PreparedBatch targets = handle.prepareBatch("INSERT INTO adjusted_target (stage_id, position, target)"
                    + " VALUES (:id, :position, :target)");
            adjusted.targets().stream().map(AdjustedTargetRow::of).forEach(target -> targets.bind("id", id)
                    .bind("position", target.position()).bind("target", target.target()).add());
            execute(targets);
        }
    }

    private static List<FundingLineRow> lines(Stage stage) {
        List<FundingLineRow> rows = new ArrayList<>();
        if (stage instanceof Adjustment adjusted) {
            adjusted.budgets().forEach((source, amount) -> rows.add(FundingLineRow.budget(source, amount)));
            return rows;
        }
        Project form = ProjectYear.formOf(stage).orElseThrow();
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = form.funding().line(source);
            rows.add(stage instanceof MonitoringReturn monitored
                    ? FundingLineRow.of(source, line, monitored.funding(source)) : FundingLineRow.of(source, line));
        }
        return rows.stream().filter(row -> !row.isEmpty()).toList();
    }

    private static List<IndicatorRow> indicators(Stage stage) {
        if (stage instanceof Adjustment) {
            return List.of();
        }
        List<Indicator> indicators = ProjectYear.formOf(stage).orElseThrow().indicators();
        List<IndicatorRow> rows = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            rows.add(stage instanceof MonitoringReturn monitored
                    ? IndicatorRow.of(i, indicators.get(i), monitored.progress(i)) : IndicatorRow.of(i, indicators.get(i)));
        }
        return rows;
    }

    private static void insertLines(Handle handle, long stageId, List<FundingLineRow> rows) {
        PreparedBatch lines = handle.prepareBatch("INSERT INTO funding_line (stage_id, source, initial, adjusted,"
                + " executed, forecast) VALUES (:id, :source, :initial, :adjusted, :executed, :forecast)");
        for (FundingLineRow row : rows) {
            lines.bind("id", stageId).bind("source", row.source()).bind("initial", row.initial())
                    .bind("adjusted", row.adjusted()).bind("executed", row.executed()).bind("forecast", row.forecast())
                    .add();
        }
        execute(lines);
    }

    private static void insertIndicators(Handle handle, long stageId, List<IndicatorRow> rows) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO indicator (stage_id, position, level1, level2, name,"
                + " target, actual, weight, manual_score, deviation, forecast, likelihood, causes, cause_note, correction)"
                + " VALUES (:id, :position, :level1, :level2, :name, :target, :actual, :weight, :manual_score, :deviation,"
                + " :forecast, :likelihood, :causes, :cause_note, :correction)");
        for (IndicatorRow row : rows) {
            batch.bind("id", stageId).bind("position", row.position()).bind("level1", row.level1())
                    .bind("level2", row.level2()).bind("name", row.name()).bind("target", row.target())
                    .bind("actual", row.actual()).bind("weight", row.weight()).bind("manual_score", row.manualScore())
                    .bind("deviation", row.deviation()).bind("forecast", row.forecast())
                    .bind("likelihood", row.likelihood()).bind("causes", row.causes())
                    .bind("cause_note", row.causeNote()).bind("correction", row.correction()).add();
        }
        execute(batch);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
