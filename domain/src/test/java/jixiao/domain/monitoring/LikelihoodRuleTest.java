package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.Optional;
import jixiao.domain.Returns;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Likelihood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With no progress to compare yet, the likelihood decides; without one there is no light. */
class LikelihoodRuleTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @ParameterizedTest(name = "{0} with no phrase yet and {1} → {2}")
    @CsvSource({"及时,CERTAIN,GREEN", "及时,POSSIBLE,YELLOW", "年底前,IMPOSSIBLE,RED", "≥300(个),CERTAIN,GREEN"})
    void theLikelihoodDecidesUntilThereIsProgress(String target, Likelihood likelihood, Light light) {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator(target, "").likely(likelihood).build())
                .indicator(0);
        assertEquals(Optional.of(light), lit.light());
        assertEquals(LightRule.LIKELIHOOD, lit.rule());
    }

    @Test
    void wordsThatCannotBeComparedLeaveItToTheLikelihood() {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator("及时", "进展顺利")
                .likely(Likelihood.POSSIBLE).build()).indicator(0);
        assertEquals(Optional.of(Light.YELLOW), lit.light());
        assertTrue(lit.explanation().in(Language.ZH).contains("1–7月完成情况“进展顺利”无法与目标“及时”比较；完成目标可能性“有可能” → 黄"),
                lit.explanation().toString());
    }

    @Test
    void withNeitherProgressNorLikelihoodThereIsNoLight() {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator("及时", "").build()).indicator(0);
        assertEquals(Optional.empty(), lit.light());
        assertTrue(lit.explanation().in(Language.EN).contains("no progress for Jan–Jul yet, and no likelihood is given: no light"),
                lit.explanation().toString());
    }
}
