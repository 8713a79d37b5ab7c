package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.Optional;
import jixiao.domain.Returns;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Qualitative indicators: the achievement phrase decides. */
class QualitativeRuleTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"达成指标,GREEN", "达成,GREEN", "部分达成指标并具有一定效果,YELLOW", "部分达成,YELLOW",
        "未达成指标且效果较差,RED", "未达成,RED"})
    void eachAchievementPhraseHasItsLight(String phrase, Light light) {
        IndicatorLight lit = light("及时", phrase);
        assertEquals(Optional.of(light), lit.light());
        assertEquals(LightRule.QUALITATIVE, lit.rule());
    }

    @Test
    void aPhraseDecidesForANumericTargetToo() {
        assertEquals(Optional.of(Light.YELLOW), light("≥300(个)", "部分达成").light());
    }

    @Test
    void progressThatRestatesTheTargetIsAchieved() {
        IndicatorLight lit = light("符合合同", "符合合同");
        assertEquals(Optional.of(Light.GREEN), lit.light());
        assertTrue(lit.explanation().in(Language.ZH).contains("1–7月 完成情况“符合合同”与目标相同，视为达成 → 绿"),
                lit.explanation().toString());
    }

    private IndicatorLight light(String target, String progress) {
        return monitor.review(Returns.of(Month.JULY).indicator(target, progress).build()).indicator(0);
    }
}
