package jixiao.domain.scoring;

import static jixiao.domain.Forms.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Indicator;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private final Scorer national = new Scorer(RuleSets.national2020());

    @Test
    void explainsAShortfallWithTheRealNumbersInBothLanguages() {
        IndicatorScore score = national.score(indicator("≥360(个)", "144(个)", "5.00"));
        assertEquals(new BigDecimal("2.00"), score.score().orElseThrow());
        assertTrue(score.explanation().in(Language.ZH).contains("未完成: 144 / 360 × 5.00 = 2.00"),
                score.explanation().toString());
        assertTrue(score.explanation().in(Language.EN).contains("not met: 144 / 360 × 5.00 = 2.00"),
                score.explanation().toString());
    }

    @Test
    void everyStepOfEveryRuleIsWrittenInBothLanguages() {
        List<Indicator> kinds = List.of(indicator("≥20(个)", "85(个)", "6"), indicator("≤5(%)", "6(%)", "10"),
                indicator("=4(次)", "10(次)", "2"), indicator("及时", "部分达成", "5"), indicator("及时", "很好", "5"),
                indicator("≥abc", "达成指标", "5"), indicator("≥1(个)", "", "5"), indicator(">5", "5", "3"));
        for (Indicator kind : kinds) {
            List<Bilingual> steps = national.score(kind).explanation().steps();
            assertFalse(steps.isEmpty(), kind.target().text());
            for (Bilingual step : steps) {
                assertFalse(step.zh().isBlank() || step.en().isBlank(), step.toString());
                assertFalse(step.zh().equals(step.en()), "not translated: " + step);
            }
        }
    }

    @Test
    void reverseTargetNotMetScoresTargetOverActualByDefault() {
        IndicatorScore score = national.score(indicator("≤5(%)", "6(%)", "10"));
        assertEquals(new BigDecimal("8.33"), score.score().orElseThrow());
        assertTrue(score.explanation().in(Language.ZH).contains("未完成: 5 / 6 × 10.00 = 8.33"));
    }

    @ParameterizedTest(name = "≤{0} with actual {1} scores {2} by deviation")
    @CsvSource({"5,6,8.00", "5,9,2.00", "5,10,0.00", "5,12,0.00", "5,4,10.00"})
    void reverseTargetByDeviationLosesTheShareOfTheOvershoot(String target, String actual, String score)
            throws Exception {
        Scorer deviation = new Scorer(rules("reverseScoring = deviation"));
        assertEquals(new BigDecimal(score), deviation.score(indicator("≤" + target + "(%)", actual + "(%)", "10"))
                .score().orElseThrow());
    }

    @Test
    void roundsHalfUpOnceAtTheEnd() {
        // 10 × 1 / 8 = 1.25 exactly; 7 × 1 / 8 = 0.875 → 0.88; 5 × 2 / 3 = 3.333… → 3.33
        assertEquals(new BigDecimal("1.25"), national.score(indicator("≥8", "1", "10")).score().orElseThrow());
        assertEquals(new BigDecimal("0.88"), national.score(indicator("≥8", "1", "7")).score().orElseThrow());
        assertEquals(new BigDecimal("3.33"), national.score(indicator("≥3", "2", "5")).score().orElseThrow());
    }

    @Test
    void flagsDifferentUnitsAndComparesTheNumbersAnyway() {
        IndicatorScore score = national.score(indicator("≥4(个)", "5(次)", "5"));
        assertTrue(score.hasFlag(Flag.UNIT_MISMATCH));
        assertEquals(new BigDecimal("5.00"), score.score().orElseThrow());
        assertTrue(national.score(indicator("≥95%", "98", "5")).hasFlag(Flag.UNIT_MISMATCH), "% against none");
    }

    @Test
    void theSameUnitInOtherBracketsOrWidthsIsNoMismatch() {
        assertFalse(national.score(indicator("≥95(%)", "98％", "5")).hasFlag(Flag.UNIT_MISMATCH));
        assertFalse(national.score(indicator("≥4（个）", "5(个)", "5")).hasFlag(Flag.UNIT_MISMATCH));
        assertFalse(national.score(indicator("1400家", "1450", "5")).hasFlag(Flag.UNIT_MISMATCH),
                "a unit on one side only, other than %, is not flagged");
    }

    @ParameterizedTest(name = "{0} scores {1} of 5 with band {2}")
    @CsvSource(delimiter = '|', value = {
        "达成指标|5.00|[4.00, 5.00]|ACHIEVED",
        "部分达成指标并具有一定效果|3.00|[3.00, 4.00)|PARTLY_ACHIEVED",
        "未达成指标且效果较差|0.00|[0.00, 3.00)|NOT_ACHIEVED"})
    void scoresTheAchievementPhrasesAsAShareOfTheWeight(String actual, String score, String band, Status status) {
        IndicatorScore result = national.score(indicator("及时", actual, "5"));
        assertEquals(new BigDecimal(score), result.score().orElseThrow());
        assertEquals(band, result.band().orElseThrow().toString());
        assertEquals(status, result.status());
        assertEquals(Rule.ACHIEVEMENT, result.rule());
    }

    @Test
    void aPhraseAlsoScoresAQuantitativeTarget() {
        assertEquals(new BigDecimal("4.00"), national.score(indicator("≥95(%)", "达成指标", "4")).score().orElseThrow());
    }

    @Test
    void anActualThatRestatesTheTargetIsAchieved() {
        IndicatorScore score = national.score(indicator("符合合同", "符合合同", "4"));
        assertEquals(Status.ACHIEVED, score.status());
        assertEquals(new BigDecimal("4.00"), score.score().orElseThrow());
    }

    @Test
    void freeTextLeavesTheScoreToAPerson() {
        IndicatorScore score = national.score(indicator("及时", "大部分能在预定时间内响应", "5"));
        assertEquals(Status.NEEDS_JUDGEMENT, score.status());
        assertEquals(Optional.empty(), score.score());
        assertEquals(Rule.JUDGEMENT, score.rule());
    }

    @Test
    void aNumberAgainstAWordTargetAlsoNeedsAPerson() {
        assertEquals(Status.NEEDS_JUDGEMENT, national.score(indicator("及时", "98(%)", "5")).status());
    }

    @Test
    void noActualYetMeansNoScoreYet() {
        IndicatorScore score = national.score(indicator("≥1(个)", "", "5"));
        assertEquals(Status.NO_ACTUAL, score.status());
        assertEquals(Optional.empty(), score.score());
    }

    @Test
    void noWeightMeansNothingToScoreAgainst() {
        assertEquals(Status.NO_WEIGHT, national.score(indicator("≥1(个)", "2(个)", null)).status());
    }

    @Test
    void aManualScoreCountsAndTheSuggestionIsKeptBesideIt() {
        IndicatorScore score = national.score(indicator("=4.00(次)", "10.00(次)", "2").withManualScore(Optional.of(BigDecimal.ONE)));
        assertEquals(new BigDecimal("1"), score.score().orElseThrow());
        assertEquals(new BigDecimal("2.00"), score.suggested().orElseThrow());
        assertTrue(score.isManual());
        assertTrue(score.hasFlag(Flag.OVER_TARGET));
        assertTrue(score.explanation().in(Language.ZH).contains("人工评分 1.00（规则建议 2.00），以人工评分为准"));
    }

    @Test
    void aManualScoreOutsideThePhrasesBandIsFlagged() {
        Indicator partly = indicator("及时", "部分达成", "5");
        assertTrue(national.score(partly.withManualScore(Optional.of(new BigDecimal("4.00")))).hasFlag(Flag.MANUAL_OUTSIDE_BAND),
                "4.00 is the top of 部分达成's band, which is open");
        assertFalse(national.score(partly.withManualScore(Optional.of(new BigDecimal("3.50")))).hasFlag(Flag.MANUAL_OUTSIDE_BAND));
        assertTrue(national.score(indicator("及时", "达成指标", "5").withManualScore(Optional.of(new BigDecimal("3.99"))))
                .hasFlag(Flag.MANUAL_OUTSIDE_BAND));
    }

    @Test
    void anUnreadableTargetIsFlaggedAndScoredAsQualitative() {
        IndicatorScore score = national.score(indicator("90%-100%", "达成指标", "5"));
        assertTrue(score.hasFlag(Flag.UNREADABLE_TARGET));
        assertEquals(new BigDecimal("5.00"), score.score().orElseThrow());
    }

    @Test
    void overTargetNeedsANoteWhereTheRuleSetSaysSo() throws Exception {
        Scorer strict = new Scorer(rules("overTargetNeedsNote = true"));
        assertTrue(strict.score(indicator("≥10(场)", "13(场)", "3")).hasFlag(Flag.OVER_TARGET_NEEDS_NOTE));
        assertFalse(strict.score(indicator("≥10(场)", "12.9(场)", "3")).hasFlag(Flag.OVER_TARGET_NEEDS_NOTE));
        assertFalse(national.score(indicator("≥10(场)", "17(场)", "3")).hasFlag(Flag.OVER_TARGET_NEEDS_NOTE));
    }

    @Test
    void aDifferentPartialShareChangesThePartScore() throws Exception {
        Scorer generous = new Scorer(rules("partlyAchievedShare = 0.70"));
        assertEquals(new BigDecimal("3.50"), generous.score(indicator("及时", "部分达成", "5")).score().orElseThrow());
    }

    @Test
    void scoresAProjectFromExecutionAndIndicators() {
        Scorecard card = national.score(Forms.form().budget("301.96", "256.65")
                .with(indicator("≥360(个)", "144(个)", "5")).with(indicator("及时", "达成指标", "85")).build());
        assertEquals(new BigDecimal("84.99"), card.execution().orElseThrow().rate().orElseThrow());
        assertEquals(new BigDecimal("8.50"), card.execution().orElseThrow().score());
        assertEquals(new BigDecimal("95.50"), card.total().orElseThrow());
        assertEquals(Grade.EXCELLENT, card.grade().orElseThrow());
        assertTrue(card.totalExplanation().in(Language.ZH).get(0).endsWith("8.50 + 2.00 + 85.00 = 95.50"));
    }

    @Test
    void aDeclarationIsNotScored() {
        Scorecard card = national.score(Forms.form().with(indicator("≥1(个)", "", null)).build());
        assertEquals(Optional.empty(), card.total());
        assertEquals(Optional.empty(), card.execution());
        assertEquals(Optional.empty(), card.grade());
    }

    @Test
    void aSelfEvaluationJustStartedIsScoredAsOneThoughItHasNoActualsYet() {
        Scorecard card = national.score(Forms.form().budget("100", null).with(indicator("≥1(个)", "", "90")).build(),
                FormKind.SELF_EVALUATION);
        assertEquals(FormKind.SELF_EVALUATION, card.kind());
        assertEquals(new BigDecimal("0.00"), card.total().orElseThrow());
        assertEquals(Status.NO_ACTUAL, card.indicator(0).status());
    }

    @Test
    void anExecutionWeightOfTwentyDoublesTheExecutionScore() throws Exception {
        Scorecard card = new Scorer(rules("executionWeight = 20")).score(Forms.form().budget("485.55", "480.42")
                .with(indicator("及时", "达成指标", "80")).build());
        assertEquals(new BigDecimal("19.79"), card.execution().orElseThrow().score());
    }

    private static RuleSet rules(String override) throws Exception {
        return RuleSets.read(new StringReader(override));
    }
}
