package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;

/**
 * What one rule suggests for an indicator, before any manual score is considered, and how: its
 * steps written when read ({@link Explanation#lazily}).
 */
record Suggestion(Rule rule, Status status, Optional<BigDecimal> score, Set<Flag> flags,
        Explanation explanation, Optional<ScoreBand> band) {

    Suggestion {
        flags = Flag.ordered(flags);
    }

    static Suggestion scored(Rule rule, Status status, BigDecimal score, Set<Flag> flags,
            Supplier<List<Bilingual>> steps) {
        return new Suggestion(rule, status, Optional.of(score), flags, Explanation.lazily(steps), Optional.empty());
    }

    static Suggestion none(Status status, Bilingual why) {
        return new Suggestion(Rule.JUDGEMENT, status, Optional.empty(), Set.of(), Explanation.of(why),
                Optional.empty());
    }

    List<Bilingual> steps() {
        return explanation.steps();
    }
}
