package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Quantity;

/**
 * =: A = T full marks; A < T scores W × A / T; A > T scores W and is flagged over target, except
 * for a target of 0 ({@code =0(起)}: none allowed), where any excess scores 0.
 */
final class EqualRule implements ComparisonRule {

    @Override
    public Suggestion score(Quantity target, Quantity actual, BigDecimal weight, RuleSet rules) {
        int comparison = actual.number().compareTo(target.number());
        if (comparison < 0) {
            return Shortfall.upward(Rule.EQUAL, target, actual, weight);
        }
        if (comparison > 0 && target.number().signum() == 0) {
            return Suggestion.scored(Rule.EQUAL, Status.NOT_MET, Arithmetic.round(BigDecimal.ZERO),
                    Set.of(), () -> List.of(Wording.rule(Rule.EQUAL), Wording.notMetZero(new Bilingual(
                            "目标为 0（不允许发生），实际 " + actual.plainNumber(),
                            "the target is 0 (none allowed) and the actual is " + actual.plainNumber()))));
        }
        return Overshoot.fullMarks(Rule.EQUAL, comparison > 0 ? ">" : "=", target, actual, weight,
                rules, BigDecimal.ONE);
    }

}
