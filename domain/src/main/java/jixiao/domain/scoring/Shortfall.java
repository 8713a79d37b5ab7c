package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.ReverseScoring;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Quantity;

/** The part scores of targets that were not met, shared by the comparison rules. */
final class Shortfall {

    private Shortfall() {
    }

    /** Short of an upward target (≥, >, = from below): weight × A / T, and 0 when A ≤ 0. */
    static Suggestion upward(Rule rule, Quantity target, Quantity actual, BigDecimal weight) {
        BigDecimal a = actual.number();
        BigDecimal t = target.number();
        if (a.signum() <= 0 || t.signum() <= 0) {
            return zero(rule, () -> new Bilingual("实际 " + actual.plainNumber() + " 不大于 0",
                    "actual " + actual.plainNumber() + " is not above 0"));
        }
        BigDecimal score = Arithmetic.proportion(weight, a, t);
        return Suggestion.scored(rule, Status.NOT_MET, score, Set.of(), () -> List.of(Wording.rule(rule),
                Wording.notMet(Wording.ratio(actual.plainNumber(), target.plainNumber(), weight), score)));
    }

    /** Over a reverse target (≤, <): the rule set's reverse scoring, and 0 when T = 0. */
    static Suggestion reverse(Rule rule, Quantity target, Quantity actual, BigDecimal weight,
            RuleSet rules) {
        BigDecimal a = actual.number();
        BigDecimal t = target.number();
        if (t.signum() <= 0) {
            return zero(rule, () -> new Bilingual("目标为 " + target.plainNumber() + "，超出即不得分",
                    "the target is " + target.plainNumber() + ": any excess scores nothing"));
        }
        if (rules.reverseScoring() == ReverseScoring.RATIO) {
            BigDecimal score = Arithmetic.proportion(weight, t, a);
            return Suggestion.scored(rule, Status.NOT_MET, score, Set.of(), () -> List.of(Wording.rule(rule),
                    Wording.notMet(Wording.ratio(target.plainNumber(), actual.plainNumber(), weight),
                            score)));
        }
        return deviation(rule, target, actual, weight);
    }

    private static Suggestion deviation(Rule rule, Quantity target, Quantity actual, BigDecimal weight) {
        BigDecimal a = actual.number();
        BigDecimal t = target.number();
        if (a.compareTo(t.add(t)) >= 0) {
            return zero(rule, () -> new Bilingual("实际 " + actual.plainNumber() + " ≥ 2 × 目标 "
                    + target.plainNumber(), "actual " + actual.plainNumber() + " ≥ 2 × target "
                    + target.plainNumber()));
        }
        BigDecimal score = Arithmetic.proportion(weight, t.add(t).subtract(a), t);
        return Suggestion.scored(rule, Status.NOT_MET, score, Set.of(), () -> List.of(Wording.rule(rule),
                Wording.notMet("(1 − (" + actual.plainNumber() + " − " + target.plainNumber() + ") / "
                        + target.plainNumber() + ") × " + Arithmetic.two(weight), score)));
    }

    private static Suggestion zero(Rule rule, Supplier<Bilingual> why) {
        return Suggestion.scored(rule, Status.NOT_MET, Arithmetic.round(BigDecimal.ZERO), Set.of(),
                () -> List.of(Wording.rule(rule), Wording.notMetZero(why.get())));
    }
}
