package jixiao.storage.sqlite;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.domain.stage.TargetChange;
import jixiao.domain.target.Target;

/**
 * A row of {@code stage}: one stage of a project-year, its form's own columns ({@link FormRow}), what
 * the stage adds (a declaration's whole-project funding, an adjustment's reason and date, a monitoring
 * return's month, budget cause and conclusion), and why it was reopened, if it was.
 */
record StageRow(long id, String kind, String reopened, FormRow form, String projectTotal, String projectFiscal,
        String projectOther, String reason, String approvedOn, Integer month, String budgetCause, String summary,
        Integer rectify, String rectifyNote) {

    static StageRow read(ResultSet rs) throws SQLException {
        return new StageRow(rs.getLong("id"), rs.getString("kind"), rs.getString("reopened"), FormRow.read(rs),
                rs.getString("project_total"), rs.getString("project_fiscal"), rs.getString("project_other"),
                rs.getString("reason"), rs.getString("approved_on"), (Integer) rs.getObject("month"),
                rs.getString("budget_cause"), rs.getString("summary"), (Integer) rs.getObject("rectify"),
                rs.getString("rectify_note"));
    }

    /** The row of a stage; its funding lines, indicators and adjusted targets are rows of their own. */
    static StageRow of(Stage stage, Optional<String> reopened) {
        String kind = stage.kind().key();
        String why = reopened.orElse(null);
        if (stage instanceof Declaration declared) {
            WholeProjectFunding whole = declared.wholeProject();
            return new StageRow(0, kind, why, FormRow.of(declared.form()), ProjectRow.text(whole.total()),
                    ProjectRow.text(whole.fiscal()), ProjectRow.text(whole.other()), "", null, null, "", "", null, "");
        }
        if (stage instanceof Adjustment adjusted) {
            return new StageRow(0, kind, why, FormRow.NONE, null, null, null, adjusted.reason(),
                    adjusted.approvedOn().map(LocalDate::toString).orElse(null), null, "", "", null, "");
        }
        if (stage instanceof MonitoringReturn monitored) {
            Conclusion conclusion = monitored.conclusion();
            return new StageRow(0, kind, why, FormRow.of(monitored.form()), null, null, null, "", null,
                    monitored.month().getValue(), monitored.budgetCause(), conclusion.summary(),
                    conclusion.rectify().map(yes -> yes ? 1 : 0).orElse(null), conclusion.rectifyNote());
        }
        return new StageRow(0, kind, why, FormRow.of(ProjectYear.formOf(stage).orElseThrow()), null, null, null, "", null,
                null, "", "", null, "");
    }

    StageKind toKind() {
        return StageKind.ofKey(kind).orElseThrow(() -> new IllegalStateException("no stage called " + kind));
    }

    Optional<String> toReopened() {
        return Optional.ofNullable(reopened);
    }

    /** The stage, with the funding lines, indicators and (for an adjustment) targets stored beside it. */
    Stage toDomain(List<FundingLineRow> lines, List<IndicatorRow> indicators, List<AdjustedTargetRow> targets) {
        return switch (toKind()) {
            case DECLARATION -> new Declaration(form.toDomain(funding(lines), indicators.stream()
                    .map(IndicatorRow::toDomain).toList()), new WholeProjectFunding(ProjectRow.amount(projectTotal),
                    ProjectRow.amount(projectFiscal), ProjectRow.amount(projectOther)));
            case ADJUSTMENT -> adjustment(lines, targets);
            case MONITORING -> monitoring(lines, indicators);
            case SELF_EVALUATION -> new SelfEvaluation(form.toDomain(funding(lines),
                    indicators.stream().map(IndicatorRow::toDomain).toList()));
        };
    }

    private Adjustment adjustment(List<FundingLineRow> lines, List<AdjustedTargetRow> targets) {
        Map<FundingSource, BigDecimal> budgets = new EnumMap<>(FundingSource.class);
        lines.forEach(line -> ProjectRow.amount(line.adjusted()).ifPresent(amount -> budgets.put(line.toSource(), amount)));
        List<TargetChange> changes = targets.stream()
                .map(row -> new TargetChange(row.position(), Target.parse(row.target()))).toList();
        return new Adjustment(changes, budgets, reason, Optional.ofNullable(approvedOn).map(LocalDate::parse));
    }

    private MonitoringReturn monitoring(List<FundingLineRow> lines, List<IndicatorRow> indicators) {
        Map<FundingSource, FundingLine> budgets = new EnumMap<>(FundingSource.class);
        Map<FundingSource, FundingProgress> progress = new EnumMap<>(FundingSource.class);
        for (FundingLineRow line : lines) {
            budgets.put(line.toSource(), line.toBudgets());
            progress.put(line.toSource(), line.toProgress());
        }
        Project targets = form.toDomain(new Funding("", budgets), indicators.stream().map(IndicatorRow::toTarget).toList());
        return new MonitoringReturn(targets, Month.of(month), progress, budgetCause,
                indicators.stream().map(IndicatorRow::toProgress).toList(),
                new Conclusion(summary, Optional.ofNullable(rectify).map(answer -> answer == 1), rectifyNote));
    }

    private static Funding funding(List<FundingLineRow> lines) {
        Map<FundingSource, FundingLine> funding = new EnumMap<>(FundingSource.class);
        lines.forEach(line -> funding.put(line.toSource(), line.toDomain()));
        return new Funding("", funding);
    }
}
