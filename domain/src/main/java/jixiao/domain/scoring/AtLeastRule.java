package jixiao.domain.scoring;

import java.math.BigDecimal;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Quantity;

/** ≥: met when A ≥ T, full marks; otherwise W × A / T (0 when A ≤ 0). */
final class AtLeastRule implements ComparisonRule {

    @Override
    public Suggestion score(Quantity target, Quantity actual, BigDecimal weight, RuleSet rules) {
        if (actual.number().compareTo(target.number()) >= 0) {
            return Overshoot.fullMarks(Rule.AT_LEAST, "≥", target, actual, weight, rules,
                    rules.overTargetFactor());
        }
        return Shortfall.upward(Rule.AT_LEAST, target, actual, weight);
    }
}
