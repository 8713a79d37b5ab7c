package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Quantity;

/**
 * Full marks for a met target, with the over-achievement flags: a target exceeded by more than
 * the rule set allows may have been set too low, and some rule sets ask for a note.
 */
final class Overshoot {

    private Overshoot() {
    }

    /**
     * @param limit the multiple of the target above which the actual counts as over target
     *              ({@code overTargetFactor} for ≥ and >, 1 for =)
     */
    static Suggestion fullMarks(Rule rule, String symbol, Quantity target, Quantity actual,
            BigDecimal weight, RuleSet rules, BigDecimal limit) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        BigDecimal t = target.number();
        BigDecimal a = actual.number();
        if (t.signum() > 0 && a.compareTo(t.multiply(limit)) > 0) {
            flags.add(Flag.OVER_TARGET);
        }
        if (rules.overTargetNeedsNote() && t.signum() > 0
                && a.compareTo(t.multiply(rules.overTargetNoteShare())) >= 0) {
            flags.add(Flag.OVER_TARGET_NEEDS_NOTE);
        }
        return Suggestion.scored(rule, Status.MET, Arithmetic.round(weight), flags,
                () -> steps(rule, symbol, target, actual, weight, rules, limit, flags));
    }

    /** The steps of full marks: the over-achievement ones where the flags say so. */
    private static List<Bilingual> steps(Rule rule, String symbol, Quantity target, Quantity actual,
            BigDecimal weight, RuleSet rules, BigDecimal limit, Set<Flag> flags) {
        List<Bilingual> steps = new ArrayList<>(List.of(Wording.rule(rule),
                Wording.met(actual, symbol, target, weight)));
        if (flags.contains(Flag.OVER_TARGET)) {
            String factor = limit.compareTo(BigDecimal.ONE) == 0 ? "" : limit.stripTrailingZeros()
                    .toPlainString() + " × ";
            steps.add(Wording.overTarget(actual, factor, target, weight));
        }
        if (flags.contains(Flag.OVER_TARGET_NEEDS_NOTE)) {
            steps.add(new Bilingual("实际达到目标的 " + rules.overTargetNoteShare().toPlainString()
                    + " 倍以上：本规则集要求填写偏差说明", "actual is at least "
                    + rules.overTargetNoteShare().toPlainString()
                    + " × the target: this rule set asks for a deviation note"));
        }
        return steps;
    }
}
