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

/** Reverse targets (≤, <): green while satisfied, red once not; never prorated, whatever the unit. */
class ReverseRuleTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @ParameterizedTest(name = "{0} with {1} so far → {2}")
    @CsvSource({"≤5(%),2(%),GREEN", "≤5(%),5(%),GREEN", "≤5(%),5.01(%),RED", "<3(起),2(起),GREEN", "<3(起),3(起),RED",
        "≤38.00(人),34(人),GREEN", "≤8.00(小时),9(小时),RED"})
    void satisfiedIsGreenAndBeyondIsRed(String target, String progress, Light light) {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator(target, progress).build()).indicator(0);
        assertEquals(Optional.of(light), lit.light());
        assertEquals(LightRule.REVERSE, lit.rule());
        assertEquals(Optional.empty(), lit.ratio());
    }

    @Test
    void aLikelyRecoveryDoesNotSoftenAReverseTargetAlreadyMissed() {
        IndicatorLight lit = monitor.review(Returns.of(Month.JULY).indicator("≤5(%)", "6(%)")
                .likely(Likelihood.POSSIBLE).build()).indicator(0);
        assertEquals(Optional.of(Light.RED), lit.light());
        assertTrue(lit.explanation().in(Language.ZH).contains("1–7月 6%，已超出目标 ≤5(%) → 红"), lit.explanation().toString());
    }
}
