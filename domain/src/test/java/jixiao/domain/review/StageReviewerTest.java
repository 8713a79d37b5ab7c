package jixiao.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.check.Finding;
import jixiao.domain.monitoring.Light;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import org.junit.jupiter.api.Test;

class StageReviewerTest {

    private final StageReviewer reviewer = new StageReviewer(RuleSets.national2020());
    private final Project declared = Forms.form().year(2025).line(FundingSource.TOTAL, "120.00", null, null)
            .with(Forms.indicator("≥300(个)", "", null)).build();

    @Test
    void aSelfEvaluationJustStartedIsScoredAsOne() {
        StageReview review = reviewer.review(ProjectYear.ofForm(declared).startSelfEvaluation());
        assertEquals(StageKind.SELF_EVALUATION, review.stage());
        assertEquals(FormKind.SELF_EVALUATION, review.scorecard().kind());
        assertTrue(review.scorecard().total().isPresent());
        assertEquals(Optional.empty(), review.light());
    }

    @Test
    void aMonitoringReturnIsLitAndItsLightsFindingsAreItsOwn() {
        ProjectYear started = ProjectYear.ofForm(declared).startMonitoring(Month.JULY);
        MonitoringReturn monitored = started.monitoring().orElseThrow();
        ProjectYear reported = started.with(monitored
                .withFunding(FundingSource.TOTAL, FundingProgress.of(new BigDecimal("20.00"), null))
                .withProgress(0, monitored.progress(0).withProgress("160(个)")));

        StageReview review = reviewer.review(reported);

        assertEquals(Optional.of(Light.RED), review.light(), "20 of 120 by July is 28.57% of the schedule");
        assertEquals(FormKind.DECLARATION, review.scorecard().kind());
        assertTrue(review.errors().stream().map(Finding::code).toList().contains("budget-light-without-cause"),
                review.errors().toString());
        assertEquals(review.findings().size(), review.review().findings().size()
                + review.monitoring().orElseThrow().findings().size());
    }

    @Test
    void aDeclarationAndAnAdjustmentAddTheirOwnChecks() {
        ProjectYear adjusted = ProjectYear.ofForm(declared).startAdjustment();
        List<String> codes = reviewer.review(adjusted).findings().stream().map(Finding::code).toList();
        assertTrue(codes.containsAll(List.of("adjustment-without-reason", "adjustment-without-date")), codes.toString());
        ProjectYear unsummed = ProjectYear.of(Declaration.of(declared).withWholeProject(
                WholeProjectFunding.of(new BigDecimal("300.00"), new BigDecimal("120.00"), null)));
        assertTrue(reviewer.review(unsummed, StageKind.DECLARATION).errors().stream()
                .anyMatch(finding -> finding.code().equals("whole-project-funding-not-summed")));
    }

    @Test
    void aStageTheYearDoesNotHaveCannotBeReviewed() {
        assertThrows(IllegalArgumentException.class,
                () -> reviewer.review(ProjectYear.ofForm(declared), StageKind.MONITORING));
    }
}
