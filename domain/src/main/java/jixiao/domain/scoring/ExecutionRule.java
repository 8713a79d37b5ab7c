package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.rules.RuleSet;

/**
 * Budget execution: rate = executed / adjusted × 100; score = min(executed / adjusted, 1) × the
 * execution weight, from the exact ratio. Each rounded once to 2 decimals. A budget of 0 or a
 * negative amount has no rate and no marks: a negative budget would otherwise earn full marks
 * and a negative executed amount a negative score (the review calls both errors).
 */
final class ExecutionRule {

    private final RuleSet rules;

    ExecutionRule(RuleSet rules) {
        this.rules = rules;
    }

    ExecutionScore score(FundingLine total) {
        BigDecimal executed = total.amount(FundingColumn.EXECUTED);
        BigDecimal adjusted = total.amount(FundingColumn.ADJUSTED);
        BigDecimal weight = rules.executionWeight();
        if (adjusted.signum() == 0) {
            return noMarks(total, weight, new Bilingual("全年预算数为 0：执行率无法计算，得 0.00",
                    "the adjusted budget is 0: no execution rate, score 0.00"));
        }
        if (adjusted.signum() < 0 || executed.signum() < 0) {
            return noMarks(total, weight, new Bilingual("全年预算数或全年执行数为负：执行率无法计算，得 0.00",
                    "the adjusted budget or the executed amount is negative: no execution rate, score 0.00"));
        }
        BigDecimal rate = ExecutionScore.rate(executed, adjusted, rules.executionRateRounding()).orElseThrow();
        BigDecimal score = executed.compareTo(adjusted) >= 0 ? Arithmetic.round(weight)
                : Arithmetic.proportion(weight, executed, adjusted);
        return new ExecutionScore(executed, adjusted, weight, Optional.of(rate), score,
                Explanation.lazily(() -> steps(executed, adjusted, weight, rate, score)));
    }

    private List<Bilingual> steps(BigDecimal executed, BigDecimal adjusted, BigDecimal weight, BigDecimal rate,
            BigDecimal score) {
        String rateFormula = executed.toPlainString() + " / " + adjusted.toPlainString() + " × 100 = "
                + rate.toPlainString() + "%";
        String scoreFormula = executed.compareTo(adjusted) >= 0
                ? "min(" + executed.toPlainString() + " / " + adjusted.toPlainString() + ", 1) × "
                        + Arithmetic.two(weight) + " = " + Arithmetic.two(score)
                : executed.toPlainString() + " / " + adjusted.toPlainString() + " × "
                        + Arithmetic.two(weight) + " = " + Arithmetic.two(score);
        String rounding = rules.executionRateRounding() == RoundingMode.HALF_UP ? "" : " (" + rules.executionRateRounding() + ")";
        return List.of(
                new Bilingual("执行率 = 全年执行数 / 全年预算数: " + rateFormula + rounding,
                        "execution rate = executed / adjusted budget: " + rateFormula + rounding),
                new Bilingual("执行得分 = 执行率（不超过 100%）× 分值: " + scoreFormula,
                        "execution score = rate (at most 100 %) × weight: " + scoreFormula));
    }

    private static ExecutionScore noMarks(FundingLine total, BigDecimal weight, Bilingual why) {
        return new ExecutionScore(total.amount(FundingColumn.EXECUTED), total.amount(FundingColumn.ADJUSTED), weight,
                Optional.empty(), Arithmetic.round(BigDecimal.ZERO), Explanation.of(why));
    }
}
