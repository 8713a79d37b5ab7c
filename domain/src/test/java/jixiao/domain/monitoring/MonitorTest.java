package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Returns;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.MonitoringReturn;
import org.junit.jupiter.api.Test;

class MonitorTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @Test
    void explainsAQuantityLightAsMonitoringMdWritesIt() {
        MonitoringReview review = monitor.review(Returns.of(Month.JULY).indicator("≥300(个)", "160(个)").build());
        IndicatorLight light = review.indicator(0);
        assertEquals(Optional.of(Light.GREEN), light.light());
        assertEquals(Optional.of(new BigDecimal("91.43")), light.ratio());
        assertTrue(light.explanation().in(Language.ZH).contains("1–7月 160 个 ÷ (300 个 × 7/12) = 91.43% → 绿"),
                light.explanation().toString());
        assertTrue(light.explanation().in(Language.EN).contains("Jan–Jul 160 个 ÷ (300 个 × 7/12) = 91.43% → green"),
                light.explanation().toString());
    }

    @Test
    void everyStepOfEveryLightIsWrittenInBothLanguages() {
        MonitoringReturn form = Returns.of(Month.JULY).budget("100.00", "20.00")
                .indicator("≥300(个)", "160(个)").indicator("≥95(%)", "90(%)").likely(Likelihood.POSSIBLE)
                .indicator("≤5(%)", "6(%)").indicator("及时", "部分达成").indicator("及时", "")
                .indicator("完善", "").likely(Likelihood.CERTAIN).indicator("≥1(个)", "1(个)").likely(Likelihood.IMPOSSIBLE)
                .build();
        MonitoringReview review = monitor.review(form);
        List<Bilingual> steps = new java.util.ArrayList<>(review.budget().explanation().steps());
        review.indicators().forEach(indicator -> steps.addAll(indicator.explanation().steps()));
        steps.addAll(review.explanation().steps());
        review.findings().forEach(finding -> steps.add(finding.message()));
        for (Bilingual step : steps) {
            assertFalse(step.zh().isBlank() || step.en().isBlank(), step.toString());
            assertFalse(step.zh().equals(step.en()), "not translated: " + step);
        }
    }

    @Test
    void aReturnWithEveryLightExplainedIsClean() {
        MonitoringReview review = monitor.review(Returns.of(Month.JULY).budget("4000000.00", "2310000.00")
                .indicator("≥300(个)", "160(个)").likely(Likelihood.CERTAIN)
                .indicator("≥95(%)", "90(%)").likely(Likelihood.POSSIBLE).explained()
                .indicator("及时", "达成指标").build());
        assertEquals(List.of(), review.findings());
        assertEquals(Optional.of(Light.YELLOW), review.light());
    }

    @Test
    void theSameReturnGivesTheSameLights() {
        MonitoringReturn form = Returns.of(Month.AUGUST).indicator("≥300(个)", "160(个)").build();
        assertEquals(monitor.review(form), monitor.review(form));
    }
}
