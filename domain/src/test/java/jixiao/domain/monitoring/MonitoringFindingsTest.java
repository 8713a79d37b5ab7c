package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.Returns;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Severity;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.MonitoringReturn;
import org.junit.jupiter.api.Test;

/** The errors and warnings of a monitoring return (monitoring.md). */
class MonitoringFindingsTest {

    private final Monitor monitor = new Monitor(RuleSets.national2020());

    @Test
    void aRedLightWithoutCauseNoteAndCorrectionIsAnError() {
        List<Finding> errors = monitor.review(Returns.of(Month.JULY).indicator("≥300(个)", "10(个)").build()).errors();
        assertEquals(List.of("light-without-cause"), codes(errors));
        assertEquals(1, errors.get(0).indicator().orElseThrow().row());
        assertEquals("指标1：红灯，须选择偏差原因并填写原因说明和纠偏措施（缺：偏差原因（经费保障、制度保障、人员保障、硬件条件保障、其他）、原因说明、纠偏措施）",
                errors.get(0).message().zh());
    }

    @Test
    void aYellowLightNeedsAllThreeToo() {
        MonitoringReturn form = Returns.of(Month.JULY).indicator("≥95(%)", "90(%)").likely(Likelihood.POSSIBLE).build();
        form = form.withProgress(0, form.progress(0).withCauses(Set.of(Cause.STAFF)).withCauseNote("人员调整"));
        List<Finding> errors = monitor.review(form).errors();
        assertEquals(List.of("light-without-cause"), codes(errors));
        assertTrue(errors.get(0).message().en().endsWith("(missing: a correction)"), errors.get(0).message().en());
        assertEquals(List.of(), monitor.review(form.withProgress(0, form.progress(0).withCorrection("补充人员")))
                .errors());
    }

    @Test
    void greenAndBlueLightsNeedNoCause() {
        assertEquals(List.of(), monitor.review(Returns.of(Month.JULY).indicator("≥300(个)", "160(个)")
                .indicator("≥10(个)", "10(个)").build()).errors());
    }

    @Test
    void aBlueLightIsAWarningToReviewTheTarget() {
        List<Finding> warnings = monitor.review(Returns.of(Month.JULY).indicator("≥10(个)", "10(个)").build()).warnings();
        assertEquals(List.of("blue-light"), codes(warnings));
        assertEquals(Severity.WARNING, warnings.get(0).severity());
        assertTrue(warnings.get(0).message().zh().contains("蓝灯（时间进度比 171.43%）"), warnings.get(0).message().zh());
    }

    @Test
    void aRedOrYellowBudgetWithoutACauseIsAnError() {
        Returns yellow = Returns.of(Month.DECEMBER).budget("100.00", "70.00");
        List<Finding> errors = monitor.review(yellow.build()).errors();
        assertEquals(List.of("budget-light-without-cause"), codes(errors));
        assertEquals(Optional.empty(), errors.get(0).indicator());
        assertTrue(errors.get(0).message().zh().startsWith("预算执行为黄灯（执行率 70.00%，时间进度比 70.00%），须填写偏差原因"),
                errors.get(0).message().zh());
        assertEquals(List.of(), monitor.review(yellow.budgetCause("项目招标延后").build()).errors());
    }

    @Test
    void aLightThatCannotBeLitIsAnError() {
        List<Finding> errors = monitor.review(Returns.of(Month.JULY).budget("100.00", null).indicator("及时", "").build())
                .errors();
        assertEquals(List.of("no-budget-light", "no-light"), codes(errors));
        assertEquals("预算执行未亮灯：未填1–7月执行数：无法亮灯", errors.get(0).message().zh());
    }

    @Test
    void rectifyingWithoutMeasuresIsAnError() {
        MonitoringReturn form = Returns.of(Month.JULY).build()
                .withConclusion(Conclusion.EMPTY.withRectify(Optional.of(true)));
        assertEquals(List.of("rectify-without-measures"), codes(monitor.review(form).errors()));
        assertEquals(List.of(), codes(monitor.review(form.withConclusion(form.conclusion().withRectifyNote("调整采购计划")))
                .errors()));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
