package jixiao.domain.check;

import static jixiao.domain.Forms.clean;
import static jixiao.domain.Forms.form;
import static jixiao.domain.Forms.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

/** Every error, warning and mismatch of scoring.md §6–7. */
class ReviewerTest {

    private final Reviewer reviewer = new Reviewer(RuleSets.national2020());

    @Test
    void aCleanFormHasNoFindings() {
        Review review = reviewer.review(clean().build());
        assertEquals(List.of(), review.findings());
        assertEquals("100.00", review.scorecard().total().orElseThrow().toPlainString());
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreAnError() {
        assertEquals(List.of("weights-not-100"), errorCodes(clean().with(indicator("≥1", "1", "5")).build()));
    }

    @Test
    void aManualScoreAboveTheWeightIsAnError() {
        Project project = clean().build();
        project = project.withIndicator(1, project.indicators().get(1).withManualScore(Forms.score("31")));
        assertEquals(List.of("score-out-of-range"), errorCodes(project));
    }

    @Test
    void aManualScoreBelowZeroIsAnError() {
        Project project = clean().build();
        project = project.withIndicator(1, project.indicators().get(1)
                .withManualScore(Forms.score("-1")).withDeviation("说明"));
        assertEquals(List.of("score-out-of-range"), errorCodes(project));
    }

    @Test
    void aScoreBelowFullMarksNeedsADeviationNote() {
        Project project = clean().build();
        project = project.withIndicator(1, project.indicators().get(1).withActual("3(次)"));
        Review review = reviewer.review(project);
        assertEquals(List.of("missing-deviation-note"), codes(review.errors()));
        assertEquals(2, review.errors().get(0).indicator().orElseThrow().row());
        assertEquals(List.of(), errorCodes(project.withIndicator(1, project.indicators().get(1).withDeviation("培训推迟"))));
    }

    @Test
    void freeTextWithoutAManualScoreLeavesTheIndicatorUnscored() {
        Project project = clean().build();
        project = project.withIndicator(3, project.indicators().get(3).withActual("基本完善"));
        assertEquals(List.of("no-score"), errorCodes(project));
    }

    @Test
    void aMissingActualOnASelfEvaluationLeavesTheIndicatorUnscored() {
        Project project = clean().build();
        project = project.withIndicator(3, project.indicators().get(3).withActual(""));
        assertEquals(List.of("no-score"), errorCodes(project));
    }

    @Test
    void anIndicatorWithoutAWeightIsAnError() {
        Project project = clean().build();
        project = project.withIndicator(4, project.indicators().get(4).withWeight(Optional.empty()));
        assertEquals(List.of("weights-not-100", "missing-weight"), errorCodes(project));
    }

    @Test
    void fundingLinesThatDoNotAddUpAreAnError() {
        Project project = clean().line(FundingSource.FISCAL, "90", "90", "90")
                .line(FundingSource.CARRYOVER, "5", "5", "5").build();
        Review review = reviewer.review(project);
        assertEquals(List.of("funding-not-summed", "funding-not-summed", "funding-not-summed"), codes(review.errors()));
        assertTrue(review.errors().get(0).message().en().contains("the total 100.00 is not"), review.errors().toString());
    }

    @Test
    void fundingLinesThatAddUpAreFine() {
        Project project = clean().line(FundingSource.FISCAL, "90", "90", "90")
                .line(FundingSource.CARRYOVER, "10", "10", "10").line(FundingSource.OTHER, "", "", "").build();
        assertEquals(List.of(), errorCodes(project));
    }

    @Test
    void anAdjustedBudgetOfZeroIsAnError() {
        Project project = clean().budget("0", "0").build();
        assertEquals(List.of("zero-adjusted-budget"), errorCodes(project));
    }

    @Test
    void aNegativeAdjustedBudgetIsAnErrorAndEarnsNoExecutionMarks() {
        Review review = reviewer.review(clean().budget("-100", "90").build());
        assertEquals(List.of("negative-amount"), codes(review.errors()).stream().distinct().toList());
        assertEquals("0.00", review.scorecard().execution().orElseThrow().score().toPlainString());
    }

    @Test
    void aNegativeExecutedAmountIsAnErrorAndEarnsNoExecutionMarks() {
        Review review = reviewer.review(clean().budget("100", "-90").build());
        assertEquals(List.of("negative-amount"), codes(review.errors()).stream().distinct().toList());
        assertEquals("0.00", review.scorecard().execution().orElseThrow().score().toPlainString());
    }

    @Test
    void aNegativeWeightIsAnErrorNamingTheIndicator() {
        Project project = clean().build();
        project = project.withIndicator(1, project.indicators().get(1).withWeight(Forms.score("-30")));
        Review review = reviewer.review(project);
        assertTrue(codes(review.errors()).contains("negative-amount"), codes(review.errors()).toString());
        assertEquals(2, review.errors().stream().filter(finding -> finding.code().equals("negative-amount"))
                .findFirst().orElseThrow().indicator().orElseThrow().row());
    }

    @Test
    void largeOverAchievementWithoutANoteIsAnErrorWhereTheRuleSetAsks() throws Exception {
        Reviewer strict = new Reviewer(RuleSets.read(new StringReader("overTargetNeedsNote = true")));
        Project project = clean().build();
        project = project.withIndicator(1, project.indicators().get(1).withActual("6(次)"));
        assertEquals(List.of("over-target-without-note"), codes(strict.review(project).errors()));
        assertEquals(List.of(), codes(reviewer.review(project).errors()));
    }

    @Test
    void scoringFlagsBecomeWarningsNamingTheIndicator() {
        Project project = form().budget("10", "10")
                .with("产出指标", "数量指标", "A", "≥2(次)", "7(次)", "20", null, "")
                .with("产出指标", "数量指标", "B", ">5(次)", "5(次)", "20", null, "")
                .with("产出指标", "数量指标", "C", "≥4(个)", "5(次)", "20", null, "")
                .with("产出指标", "质量指标", "D", "及时", "部分达成", "30", "29", "说明")
                .build();
        Review review = reviewer.review(project);
        assertEquals(List.of("over-target", "equals-strict-target", "unit-mismatch", "manual-outside-band", "judgement"),
                codes(review.warnings()).stream().filter(code -> !code.equals("no-cost-indicator")).toList());
        assertEquals("A", review.warnings().get(0).indicator().orElseThrow().name());
    }

    @Test
    void emptyAndUnreadableTargetsAreWarnedAbout() {
        Project project = clean().with("效益指标", "社会效益指标", "E", "", "", null, null, "")
                .with("效益指标", "社会效益指标", "F", "90%-100%", "", null, null, "").build();
        List<String> warnings = codes(reviewer.review(project).warnings());
        assertTrue(warnings.contains("empty-target") && warnings.contains("unreadable-target"), warnings.toString());
    }

    @Test
    void aFormFromTwentyTwentyOneOnNeedsACostIndicator() {
        Project project = form().year(2021).with("产出指标", "数量指标", "A", "≥1", "", null, null, "").build();
        assertTrue(codes(reviewer.review(project).warnings()).contains("no-cost-indicator"));
        Project older = form().year(2020).with("产出指标", "数量指标", "A", "≥1", "", null, null, "").build();
        assertTrue(!codes(reviewer.review(older).warnings()).contains("no-cost-indicator"));
    }

    @Test
    void targetQualityIsCheckedOnDeclarationsToo() {
        Project declaration = form().year(2025)
                .with("成本指标", "经济成本指标", "成本节约率", "≥0.00(%)", "", null, null, "")
                .with("满意度指标", "服务对象满意度指标", "满意度", "=100%", "", null, null, "")
                .with("产出指标", "数量指标", "次数", "≥2(次)", "", null, null, "")
                .with("产出指标", "数量指标", "次数", "≥3(次)", "", null, null, "")
                .with("产出指标", "时效指标", "及时性", "及时", "", null, null, "")
                .with("效益指标", "数量指标", "错位", "≥1(个)", "", null, null, "")
                .with("绩效指标", "数量指标", "不明", "≥1(个)", "", null, null, "")
                .build();
        Review review = reviewer.review(declaration);
        assertEquals(List.of(), review.errors(), "a declaration is never wrong, only doubtful");
        assertEquals(List.of("target-met-by-nothing", "satisfaction-100", "duplicate-indicator", "unexpected-level2",
                "unknown-level1"), codes(review.warnings()));
    }

    @Test
    void moreQualitativeThanQuantitativeIndicatorsIsWarnedAbout() {
        Project project = form().year(2020)
                .with("产出指标", "时效指标", "A", "及时", "", null, null, "")
                .with("产出指标", "质量指标", "B", "规范", "", null, null, "")
                .with("产出指标", "数量指标", "C", "≥1(个)", "", null, null, "").build();
        assertEquals(List.of("mostly-qualitative"), codes(reviewer.review(project).warnings()));
    }

    @Test
    void printedFiguresThatDifferAreMismatchesWithBothValues() {
        Project project = clean().budget("50.80", "47.34").printed("93.18", "9.30", "99.00", "良").build();
        Review review = reviewer.review(project);
        List<Difference> differences = review.mismatches().stream().map(finding -> finding.difference().orElseThrow()).toList();
        assertEquals(List.of(new Difference("execution_rate", "93.18", "93.19"),
                new Difference("execution_score", "9.30", "9.32"), new Difference("total_score", "99.00", "99.32"),
                new Difference("grade", "良", "优")), differences);
        assertTrue(review.mismatches().get(0).message().zh().contains("截断"));
        assertTrue(review.mismatches().get(0).message().en().contains("looks cut off"));
    }

    @Test
    void aPrintedRateThatIsNeitherRoundedNorCutOffIsNotCalledCutOff() {
        Review review = reviewer.review(clean().budget("50.80", "47.34").printed("93.00", null, null, null).build());
        assertTrue(!review.mismatches().get(0).message().en().contains("cut off"));
    }

    @Test
    void figuresThatMatchThePrintedOnesAreNoMismatch() {
        Review review = reviewer.review(clean().budget("485.55", "480.42").printed("98.94", "9.89", "99.89", "优").build());
        assertEquals(List.of(), review.mismatches());
    }

    @Test
    void aPrintedIndicatorScoreThatDiffersIsAJudgementWithANoteAndAMismatchWithout() {
        Project noted = clean().with("产出指标", "数量指标", "更新", "=4.00(次)", "10.00(次)", "0", "0", "").build();
        Project base = clean().build();
        Project judged = base.withIndicator(1, base.indicators().get(1).withManualScore(Forms.score("25"))
                .withDeviation("目标设定偏低"));
        Project unexplained = base.withIndicator(2, base.indicators().get(2).withManualScore(Forms.score("20.00"))
                .withActual("90(%)"));
        assertEquals(List.of(), reviewer.review(noted).mismatches(), "a zero-weight row agrees with its zero score");
        assertEquals(List.of("judgement"), codes(reviewer.review(judged).warnings()));
        assertEquals(new Difference("indicator_score", "25.00", "30.00"),
                reviewer.review(judged).warnings().get(0).difference().orElseThrow());
        assertEquals(List.of(new Difference("indicator_score", "20.00", "18.95")),
                reviewer.review(unexplained).mismatches().stream().map(f -> f.difference().orElseThrow()).toList());
    }

    @Test
    void findingsCanBeAskedForOneIndicator() {
        Project project = clean().build();
        project = project.withIndicator(1, project.indicators().get(1).withActual("3(次)"));
        Review review = reviewer.review(project);
        assertEquals(1, review.about(1).size());
        assertEquals(0, review.about(0).size());
    }

    @Test
    void aSelfEvaluationStageWithNothingFilledInYetIsReviewedAsOne() {
        Project started = form().budget("100", null).with(indicator("≥1(个)", "", "90")).build();
        assertEquals(List.of(), codes(reviewer.review(started).errors()));
        assertEquals(List.of("no-score"), codes(reviewer.review(started, FormKind.SELF_EVALUATION).errors()));
    }

    private List<String> errorCodes(Project project) {
        return codes(reviewer.review(project).errors());
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
