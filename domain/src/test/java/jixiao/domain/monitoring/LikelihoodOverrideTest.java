package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Optional;
import jixiao.domain.Returns;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Likelihood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 完全不可能 makes any indicator red. */
class LikelihoodOverrideTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @ParameterizedTest(name = "{0} with {1} so far but impossible is red")
    @CsvSource({"≥300(个),160(个)", "≥300(个),400(个)", "≥95(%),96(%)", "≤5(%),2(%)", "及时,达成指标", "符合合同,符合合同"})
    void impossibleTurnsEveryOtherLightRed(String target, String progress) {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator(target, progress)
                .likely(Likelihood.IMPOSSIBLE).build()).indicator(0);
        assertEquals(Optional.of(Light.RED), lit.light());
        assertTrue(lit.explanation().in(Language.ZH).get(lit.explanation().steps().size() - 1)
                .equals("完成目标可能性为“完全不可能”：无论进度如何，一律为红灯 → 红"), lit.explanation().toString());
    }

    @Test
    void theOverrideKeepsTheRatioTheRuleComputed() {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator("≥300(个)", "160(个)")
                .likely(Likelihood.IMPOSSIBLE).build()).indicator(0);
        assertEquals(LightRule.QUANTITY, lit.rule());
        assertEquals(Optional.of(new BigDecimal("91.43")), lit.ratio());
    }

    @Test
    void aLightAlreadyRedIsNotOverriddenTwice() {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator("≥300(个)", "10(个)")
                .likely(Likelihood.IMPOSSIBLE).build()).indicator(0);
        assertEquals(2, lit.explanation().steps().size(), lit.explanation().toString());
    }
}
