package jixiao.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void aLazyExplanationWritesItsStepsWhenFirstReadAndOnlyOnce() {
        AtomicInteger written = new AtomicInteger();
        Explanation explanation = Explanation.lazily(() -> {
            written.incrementAndGet();
            return List.of(new Bilingual("规则", "rule"));
        });

        assertEquals(0, written.get());
        assertEquals(List.of("rule"), explanation.in(Language.EN));
        assertEquals(List.of("规则"), explanation.in(Language.ZH));
        assertEquals(1, written.get());
    }

    @Test
    void explanationsWithTheSameStepsAreEqualHoweverTheyWereWritten() {
        Explanation lazy = Explanation.lazily(() -> List.of(Bilingual.same("a"), Bilingual.same("b")));
        Explanation eager = Explanation.of(Bilingual.same("a"), Bilingual.same("b"));

        assertEquals(eager, lazy);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertEquals(eager, Explanation.of(Bilingual.same("a")).then(Bilingual.same("b")));
    }

    @Test
    void aScoreExplainsItselfWithTheRealNumbersWhenRead() {
        Indicator indicator = Indicator.of("产出指标", "数量指标", "培训人数", "≥360(人)", "144(人)",
                new BigDecimal("5"), null, "");
        IndicatorScore score = new Scorer(RuleSets.national2020()).score(indicator);

        assertEquals(new BigDecimal("2.00"), score.score().orElseThrow());
        assertEquals("not met: 144 / 360 × 5.00 = 2.00", score.explanation().in(Language.EN).get(1));
    }
}
