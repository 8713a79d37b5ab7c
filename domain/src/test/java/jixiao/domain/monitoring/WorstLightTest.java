package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Returns;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Likelihood;
import org.junit.jupiter.api.Test;

/** The project light: the worst of the budget light and the indicator lights; blue counts as green. */
class WorstLightTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @Test
    void theWorstLightIsTheProjects() {
        MonitoringReview review = monitor.review(Returns.of(Month.JULY).budget("4000000.00", "2310000.00")
                .indicator("≥300(个)", "160(个)").indicator("≥95(%)", "90(%)").likely(Likelihood.POSSIBLE)
                .indicator("≤5(%)", "6(%)").build());
        assertEquals(Optional.of(Light.RED), review.light());
        assertTrue(review.explanation().in(Language.ZH).contains("预算 绿；指标 红 1，黄 1，绿 1 → 红"),
                review.explanation().toString());
        assertTrue(review.explanation().in(Language.EN).contains("budget green; indicators red 1, yellow 1, green 1 → red"),
                review.explanation().toString());
    }

    @Test
    void aRedBudgetMakesTheProjectRed() {
        assertEquals(Optional.of(Light.RED), monitor.review(Returns.of(Month.DECEMBER).budget("100.00", "10.00")
                .indicator("及时", "达成指标").build()).light());
    }

    @Test
    void blueCountsAsGreenForTheProject() {
        MonitoringReview review = monitor.review(Returns.of(Month.JULY).budget("120.00", "70.00")
                .indicator("≥10(个)", "10(个)").build());
        assertEquals(Optional.of(Light.BLUE), review.indicator(0).light());
        assertEquals(Optional.of(Light.GREEN), review.light());
        assertEquals(List.of("blue-light"), review.warnings().stream().map(finding -> finding.code()).toList());
    }

    @Test
    void unlitIndicatorsAndAnUnlitBudgetAreLeftOut() {
        MonitoringReview review = monitor.review(Returns.of(Month.JULY).budget("100.00", null)
                .indicator("及时", "").indicator("及时", "部分达成").build());
        assertEquals(Optional.of(Light.YELLOW), review.light());
        assertTrue(review.explanation().in(Language.ZH).contains("预算 未亮灯；指标 黄 1，未亮灯 1 → 黄"),
                review.explanation().toString());
    }

    @Test
    void nothingLitYetLeavesTheProjectUnlit() {
        MonitoringReview review = monitor.review(Returns.of(Month.JULY).budget("100.00", null).indicator("及时", "").build());
        assertEquals(Optional.empty(), review.light());
        assertTrue(review.explanation().in(Language.EN).contains("budget unlit; indicators unlit 1 → no light yet"),
                review.explanation().toString());
    }
}
