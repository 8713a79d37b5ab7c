package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Quantity;

/** < (a reverse target): met when A < T; A = T scores W (the ratio is 1) and is flagged. */
final class LessThanRule implements ComparisonRule {

    @Override
    public Suggestion score(Quantity target, Quantity actual, BigDecimal weight, RuleSet rules) {
        int comparison = actual.number().compareTo(target.number());
        if (comparison < 0) {
            return Suggestion.scored(Rule.LESS_THAN, Status.MET, Arithmetic.round(weight), Set.of(),
                    () -> List.of(Wording.rule(Rule.LESS_THAN), Wording.met(actual, "<", target, weight)));
        }
        if (comparison == 0) {
            return Suggestion.scored(Rule.LESS_THAN, Status.NOT_MET, Arithmetic.round(weight),
                    Set.of(Flag.EQUALS_STRICT_TARGET), () -> List.of(Wording.rule(Rule.LESS_THAN),
                            Wording.equalsStrict(actual, "<", target, weight)));
        }
        return Shortfall.reverse(Rule.LESS_THAN, target, actual, weight, rules);
    }
}
