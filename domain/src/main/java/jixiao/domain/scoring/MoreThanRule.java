package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Quantity;

/** >: met when A > T; otherwise W × A / T, so A = T scores W (the ratio is 1) and is flagged. */
final class MoreThanRule implements ComparisonRule {

    @Override
    public Suggestion score(Quantity target, Quantity actual, BigDecimal weight, RuleSet rules) {
        int comparison = actual.number().compareTo(target.number());
        if (comparison > 0) {
            return Overshoot.fullMarks(Rule.MORE_THAN, ">", target, actual, weight, rules,
                    rules.overTargetFactor());
        }
        if (comparison == 0) {
            return Suggestion.scored(Rule.MORE_THAN, Status.NOT_MET, Arithmetic.round(weight),
                    Set.of(Flag.EQUALS_STRICT_TARGET), () -> List.of(Wording.rule(Rule.MORE_THAN),
                            Wording.equalsStrict(actual, ">", target, weight)));
        }
        return Shortfall.upward(Rule.MORE_THAN, target, actual, weight);
    }
}
