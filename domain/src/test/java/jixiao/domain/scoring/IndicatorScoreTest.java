package jixiao.domain.scoring;

import static jixiao.domain.Forms.indicator;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class IndicatorScoreTest {

    private final Scorer national = new Scorer(RuleSets.national2020());

    @Test
    void aPrintedScoreEqualToTheRulesOneRestatesTheRules() {
        IndicatorScore score = national.score(indicator("≥360(个)", "144(个)", "5.00")
                .withManualScore(Optional.of(new BigDecimal("2"))));
        assertTrue(score.isManualAsRulesGive());
    }

    @Test
    void aScoreSetByHandThatDiffersIsAJudgement() {
        IndicatorScore score = national.score(indicator("≥360(个)", "144(个)", "5.00")
                .withManualScore(Optional.of(new BigDecimal("3.00"))));
        assertFalse(score.isManualAsRulesGive());
    }

    @Test
    void noScoreSetByHandRestatesNothing() {
        assertFalse(national.score(indicator("≥360(个)", "144(个)", "5.00")).isManualAsRulesGive());
    }

    @Test
    void aScoreBelowTheWeightIsBelowFullMarks() {
        assertTrue(national.score(indicator("≥360(个)", "144(个)", "5.00")).isBelowFullMarks());
        assertFalse(national.score(indicator("≥360(个)", "360(个)", "5.00")).isBelowFullMarks());
    }
}
