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

/** Rates, levels and deadlines are not prorated: met, still possible, or not. */
class LevelRuleTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @ParameterizedTest(name = "{0} with {1} so far is green")
    @CsvSource({"≥95(%),96(%)", "≥95(%),95.00(%)", ">90(分),91(分)", "=100(%),100(%)", "≥0.00(%),1.06(%)"})
    void aTargetAlreadyMetIsGreenWhateverTheMonth(String target, String progress) {
        IndicatorLight light = light(Returns.of(Month.MARCH).indicator(target, progress));
        assertEquals(Optional.of(Light.GREEN), light.light());
        assertEquals(LightRule.LEVEL, light.rule());
    }

    @Test
    void notMetYetButCertainOrPossibleIsYellow() {
        assertEquals(Optional.of(Light.YELLOW), light(Returns.of(Month.JULY).indicator("≥95(%)", "90(%)")
                .likely(Likelihood.POSSIBLE)).light());
        IndicatorLight certain = light(Returns.of(Month.JULY).indicator("=100(%)", "98(%)").likely(Likelihood.CERTAIN));
        assertEquals(Optional.of(Light.YELLOW), certain.light());
        assertTrue(certain.explanation().in(Language.ZH).contains("1–7月 98%，尚未达到目标 =100(%)，完成目标可能性“确定能” → 黄"),
                certain.explanation().toString());
    }

    @Test
    void notMetAndNoLikelihoodGivenIsRed() {
        IndicatorLight light = light(Returns.of(Month.JULY).indicator("≥95(%)", "90(%)"));
        assertEquals(Optional.of(Light.RED), light.light());
        assertTrue(light.explanation().in(Language.EN).contains("Jan–Jul 90%: the target ≥95(%) is not met yet; "
                + "no likelihood given → red"), light.explanation().toString());
    }

    @Test
    void notMetAndImpossibleIsRed() {
        assertEquals(Optional.of(Light.RED), light(Returns.of(Month.JULY).indicator("≤8.00(小时)", "6(小时)")
                .indicator("≥4(天)", "3(天)").likely(Likelihood.IMPOSSIBLE)).light());
    }

    private IndicatorLight light(Returns form) {
        var review = monitor.review(form.build());
        return review.indicator(review.indicators().size() - 1);
    }
}
