package jixiao.domain.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.Flag;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.domain.scoring.Status;

/** What makes a self-evaluation wrong (scoring.md §6, errors). */
final class FormErrors {

    /** The lines that add up to the total: this year's appropriation, the carry-over, and other funds. */
    private static final List<FundingSource> PARTS = List.of(FundingSource.FISCAL, FundingSource.CARRYOVER,
            FundingSource.OTHER);

    private FormErrors() {
    }

    static List<Finding> of(Project project, Scorecard card, RuleSet rules) {
        List<Finding> found = new ArrayList<>();
        weights(card, rules).ifPresent(found::add);
        negativeFunding(project, found);
        funding(project, found);
        card.execution().filter(execution -> execution.adjusted().signum() == 0).ifPresent(execution ->
                found.add(Finding.about(Severity.ERROR, FindingKind.ZERO_ADJUSTED_BUDGET.code(), () -> new Bilingual(
                        "全年预算数为 0：无法计算执行率，请填写全年预算数",
                        "the adjusted budget is 0: no execution rate can be computed; fill in the adjusted budget"))));
        for (int i = 0; i < project.indicators().size(); i++) {
            indicator(new IndicatorRef(i, project.indicators().get(i).name()), project.indicators().get(i),
                    card.indicator(i), found);
        }
        return found;
    }

    private static Optional<Finding> weights(Scorecard card, RuleSet rules) {
        BigDecimal sum = card.weightSum();
        if (sum.compareTo(rules.totalPoints()) == 0) {
            return Optional.empty();
        }
        String figures = Arithmetic.two(rules.executionWeight()) + " + Σ = " + Arithmetic.two(sum);
        return Optional.of(Finding.about(Severity.ERROR, FindingKind.WEIGHTS_NOT_100.code(), () -> new Bilingual(
                "分值合计应为 " + rules.totalPoints().toPlainString() + "，实为 " + Arithmetic.two(sum)
                        + "（预算执行率 " + figures + "）",
                "the weights should add up to " + rules.totalPoints().toPlainString() + " but add up to "
                        + Arithmetic.two(sum) + " (budget execution " + figures + ")")));
    }

    /** No budget, executed amount, weight or score is below 0; the execution rule gives such a form no marks. */
    private static void negativeFunding(Project project, List<Finding> found) {
        for (FundingSource source : FundingSource.values()) {
            for (FundingColumn column : FundingColumn.values()) {
                project.funding().line(source).get(column).filter(amount -> amount.signum() < 0).ifPresent(amount ->
                        found.add(Finding.about(Severity.ERROR, FindingKind.NEGATIVE_AMOUNT.code(), () -> new Bilingual(
                                source.label().zh() + "-" + column.label().zh() + "为负：" + amount.toPlainString(),
                                source.label().en() + ", " + column.label().en() + " is negative: "
                                        + amount.toPlainString()))));
            }
        }
    }

    private static void funding(Project project, List<Finding> found) {
        for (FundingColumn column : FundingColumn.values()) {
            BigDecimal total = project.funding().total().amount(column);
            BigDecimal parts = parts(project, column);
            if (total.compareTo(parts) != 0 && !partsBlank(project, column)) {
                found.add(Finding.about(Severity.ERROR, FindingKind.FUNDING_NOT_SUMMED.code(), () -> new Bilingual(
                        column.label().zh() + "：年度资金总额 " + total.toPlainString() + " ≠ 财政拨款 + 上年结转 + 其他 = "
                                + parts.toPlainString(),
                        column.label().en() + ": the total " + total.toPlainString()
                                + " is not this year's appropriation + carry-over + other = " + parts.toPlainString())));
            }
        }
    }

    /** This year's appropriation + carry-over + other, in one column. */
    private static BigDecimal parts(Project project, FundingColumn column) {
        BigDecimal parts = BigDecimal.ZERO;
        for (FundingSource source : PARTS) {
            parts = parts.add(project.funding().line(source).amount(column));
        }
        return parts;
    }

    /** A form that fills in only the total line leaves nothing to add up. */
    private static boolean partsBlank(Project project, FundingColumn column) {
        return PARTS.stream()
                .map(project.funding()::line).map(line -> line.get(column)).allMatch(Optional::isEmpty);
    }

    private static void indicator(IndicatorRef ref, Indicator indicator, IndicatorScore score,
            List<Finding> found) {
        if (indicator.weight().isEmpty()) {
            found.add(Finding.about(Severity.ERROR, FindingKind.MISSING_WEIGHT.code(), ref, () -> new Bilingual(
                    ref.name() + "：未填分值", ref.name() + ": no weight")));
            return;
        }
        BigDecimal weight = indicator.weight().get();
        if (weight.signum() < 0) {
            found.add(Finding.about(Severity.ERROR, FindingKind.NEGATIVE_AMOUNT.code(), ref, () -> new Bilingual(
                    ref.name() + "：分值为负（" + weight.toPlainString() + "）",
                    ref.name() + ": the weight is negative (" + weight.toPlainString() + ")")));
            return;
        }
        Optional<BigDecimal> counted = score.score();
        if (counted.isEmpty()) {
            found.add(Finding.about(Severity.ERROR, FindingKind.NO_SCORE.code(), ref, () -> score.status() == Status.NO_ACTUAL
                    ? new Bilingual(ref.name() + "：未填实际完成值，无法评分", ref.name() + ": no actual value, so no score")
                    : new Bilingual(ref.name() + "：实际值“" + indicator.actual().text() + "”需人工评分",
                            ref.name() + ": the actual '" + indicator.actual().text() + "' needs a score set by a person")));
            return;
        }
        BigDecimal value = counted.get();
        if (value.signum() < 0 || value.compareTo(weight) > 0) {
            found.add(Finding.about(Severity.ERROR, FindingKind.SCORE_OUT_OF_RANGE.code(), ref, () -> new Bilingual(
                    ref.name() + "：得分 " + Arithmetic.two(value) + " 应在 0 至 " + Arithmetic.two(weight) + " 之间",
                    ref.name() + ": the score " + Arithmetic.two(value) + " must lie between 0 and "
                            + Arithmetic.two(weight))));
        } else if (score.isBelowFullMarks() && !indicator.hasDeviationNote()) {
            found.add(Finding.about(Severity.ERROR, FindingKind.MISSING_DEVIATION_NOTE.code(), ref, () -> new Bilingual(
                    ref.name() + "：得分 " + Arithmetic.two(value) + " 低于满分 " + Arithmetic.two(weight)
                            + "，须填写偏差原因分析及改进措施",
                    ref.name() + ": the score " + Arithmetic.two(value) + " is below full marks "
                            + Arithmetic.two(weight) + " and needs a deviation note")));
        }
        if (score.hasFlag(Flag.OVER_TARGET_NEEDS_NOTE) && !indicator.hasDeviationNote()) {
            found.add(Finding.about(Severity.ERROR, FindingKind.OVER_TARGET_WITHOUT_NOTE.code(), ref, () -> new Bilingual(
                    ref.name() + "：大幅超额完成，本规则集要求填写偏差说明",
                    ref.name() + ": large over-achievement; this rule set requires a deviation note")));
        }
    }

}
