package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.language.Bilingual;

/** What one rule suggests for an indicator, before any manual score is considered. */
record Suggestion(Rule rule, Status status, Optional<BigDecimal> score, Set<Flag> flags,
        List<Bilingual> steps, Optional<ScoreBand> band) {

    Suggestion {
        flags = Flag.ordered(flags);
        steps = List.copyOf(steps);
    }

    static Suggestion scored(Rule rule, Status status, BigDecimal score, Set<Flag> flags,
            List<Bilingual> steps) {
        return new Suggestion(rule, status, Optional.of(score), flags, steps, Optional.empty());
    }

    static Suggestion none(Status status, Bilingual why) {
        return new Suggestion(Rule.JUDGEMENT, status, Optional.empty(), Set.of(), List.of(why),
                Optional.empty());
    }
}
