package jixiao.domain.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.scoring.Explanation;
import jixiao.domain.stage.MonitoringReturn;

/**
 * The budget light: 执行率 = 1–M月执行数 ÷ 调整预算数 (÷ 年初预算数 when there is no adjusted figure),
 * rounded as the rule set rounds execution rates; r = 执行率 ÷ (M/12), rounded half-up to 2
 * decimals; red, yellow or green (a budget is never blue). Total funding line.
 */
final class BudgetRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleSet rules;

    BudgetRule(RuleSet rules) {
        this.rules = rules;
    }

    BudgetLight light(MonitoringReturn form, Schedule schedule) {
        List<Bilingual> steps = new ArrayList<>(List.of(Wording.rule(LightRule.BUDGET, rules.monitoring(), false)));
        FundingLine budget = form.form().funding().total();
        Optional<BigDecimal> executed = form.funding(FundingSource.TOTAL).executed();
        Optional<BigDecimal> base = budget.budgetInForce();
        Bilingual period = schedule.period();
        if (executed.isEmpty()) {
            return unlit(steps, new Bilingual("未填" + period.zh() + "执行数：无法亮灯",
                    "no amount executed in " + period.en() + " yet: no light"));
        }
        if (base.isEmpty() || base.get().signum() == 0) {
            return unlit(steps, new Bilingual("调整预算数（全年预算数）为 0 或未填：执行率无法计算，无法亮灯",
                    "the adjusted budget is 0 or blank: no execution rate, no light"));
        }
        BigDecimal rate = ExecutionScore.rate(executed.get(), base.get(), rules.executionRateRounding()).orElseThrow();
        BigDecimal ratio = schedule.against(rate, HUNDRED);
        Light light = Light.of(ratio, rules.monitoring(), false);
        boolean adjusted = budget.adjusted().isPresent();
        String formula = executed.get().toPlainString() + " ÷ " + base.get().toPlainString() + " × 100 = "
                + Wording.percent(rate) + rounding();
        steps.add(new Bilingual("执行率 = " + period.zh() + "执行数 ÷ " + (adjusted ? "调整预算数" : "年初预算数") + " = " + formula,
                "execution rate = executed in " + period.en() + " ÷ " + (adjusted ? "adjusted" : "initial") + " budget = "
                        + formula));
        String progress = Wording.percent(rate) + " ÷ (" + schedule.fraction() + ") = " + Wording.percent(ratio);
        steps.add(Wording.lit("执行率 " + progress, "execution rate " + progress, light));
        return new BudgetLight(Optional.of(rate), Optional.of(ratio), Optional.of(light), new Explanation(steps));
    }

    private String rounding() {
        return rules.executionRateRounding() == RoundingMode.HALF_UP ? "" : " (" + rules.executionRateRounding() + ")";
    }

    private static BudgetLight unlit(List<Bilingual> steps, Bilingual why) {
        steps.add(why);
        return new BudgetLight(Optional.empty(), Optional.empty(), Optional.empty(), new Explanation(steps));
    }
}
