package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.storage.report.Grid.Style;

/**
 * The official layouts, one for each stage of a year: a declaration as 财政项目支出绩效目标申报表, an
 * adjustment as 项目支出绩效目标调整表, a monitoring return as 项目支出绩效目标执行监控表, a self-evaluation
 * as 财政项目支出绩效自评表; and what they share (title, year, money labels). Figures are the
 * scorecard's; a figure the paper printed otherwise is marked and explained under the form.
 */
final class FormLayout {

    private FormLayout() {
    }

    static Grid of(Form form) {
        return switch (form.stage()) {
            case DECLARATION -> DeclarationLayout.of(form);
            case ADJUSTMENT -> AdjustmentLayout.of(form);
            case MONITORING -> MonitoringLayout.of(form);
            case SELF_EVALUATION -> SelfEvaluationLayout.of(form);
        };
    }

    static Grid.Heading heading(String title, Project project) {
        return new Grid.Heading(title, project.key().name(), project.key().year() + "年度");
    }

    /** What tells a form apart from another of the same project name: its year, its kind, its unit. */
    static List<String> qualifiers(Project project, String kind) {
        return List.of(String.valueOf(project.key().year()), kind, project.key().unit());
    }

    /** The title and, under it, the year in brackets, across the whole width. */
    static void title(Grid grid, Project project) {
        int last = grid.columns() - 1;
        grid.across(0, 0, last, grid.heading().title(), Style.TITLE);
        grid.across(1, 0, last, "（" + project.key().year() + "年度）", Style.CAPTION);
    }

    /** 项目资金（万元）: the block's label names the unit the form writes money in. */
    static String moneyLabel(Project project) {
        String unit = project.funding().moneyUnit().strip();
        return unit.isEmpty() ? "项目资金" : "项目资金（" + unit + "）";
    }

    /** A funding line as the paper labels it: 其中 before the first of the parts. */
    static String lineLabel(FundingSource source) {
        return (source == FundingSource.FISCAL ? "其中：" : "") + source.label().zh();
    }

    /**
     * A funding line's execution rate, as the 2024 forms print one per line and a summary for a
     * unit's sums: the rule set's formula, from its one home. None where nothing was executed.
     */
    static Optional<BigDecimal> rate(FundingLine line, RuleSet rules) {
        if (line.executed().isEmpty()) {
            return Optional.empty();
        }
        return ExecutionScore.rate(line.amount(FundingColumn.EXECUTED), line.amount(FundingColumn.ADJUSTED),
                rules.executionRateRounding());
    }

    static Value money(Optional<BigDecimal> amount) {
        return amount.<Value>map(Value.Money::new).orElse(Value.BLANK);
    }
}
