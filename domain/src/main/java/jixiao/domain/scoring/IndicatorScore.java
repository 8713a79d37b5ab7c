package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator's score under the rules: the rule applied, what it suggests, the manual score if a
 * person set one (the one that counts), the flags, and the explanation of every step.
 */
public record IndicatorScore(Rule rule, Status status, Optional<BigDecimal> weight,
        Optional<BigDecimal> suggested, Optional<BigDecimal> manual, Set<Flag> flags,
        Optional<ScoreBand> band, Explanation explanation) {

    public IndicatorScore {
        flags = Flag.ordered(flags);
    }

    /** The score that counts: the manual one where set, else the suggestion; empty when neither. */
    public Optional<BigDecimal> score() {
        return manual.or(() -> suggested);
    }

    public boolean isManual() {
        return manual.isPresent();
    }

    public boolean hasFlag(Flag flag) {
        return flags.contains(flag);
    }

    /**
     * Whether a score set by hand only restates what the rules give, as published forms do when
     * they print every score: such a score is no judgement, and need not outlive a changed actual.
     */
    public boolean isManualAsRulesGive() {
        return manual.isPresent() && suggested.isPresent() && manual.get().compareTo(suggested.get()) == 0;
    }

    /** Whether the counting score is below the weight (full marks). */
    public boolean isBelowFullMarks() {
        return score().isPresent() && weight.isPresent() && score().get().compareTo(weight.get()) < 0;
    }
}
