package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Quantity;

/** ≤ (a reverse target): met when A ≤ T; otherwise the rule set's reverse scoring. */
final class AtMostRule implements ComparisonRule {

    @Override
    public Suggestion score(Quantity target, Quantity actual, BigDecimal weight, RuleSet rules) {
        if (actual.number().compareTo(target.number()) <= 0) {
            return Suggestion.scored(Rule.AT_MOST, Status.MET, Arithmetic.round(weight), Set.of(),
                    () -> List.of(Wording.rule(Rule.AT_MOST), Wording.met(actual, "≤", target, weight)));
        }
        return Shortfall.reverse(Rule.AT_MOST, target, actual, weight, rules);
    }
}
