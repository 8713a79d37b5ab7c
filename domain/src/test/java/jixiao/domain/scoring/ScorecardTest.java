package jixiao.domain.scoring;

import static jixiao.domain.Forms.form;
import static jixiao.domain.Forms.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private final Scorer national = new Scorer(RuleSets.national2020());

    @Test
    void theWeightSumIsTheExecutionWeightPlusEveryIndicatorWeight() {
        Scorecard card = national.score(form().budget("100", "90").with(indicator("≥1(个)", "1(个)", "50"))
                .with(indicator("及时", "达成指标", "40")).build());
        assertEquals(0, new BigDecimal("100").compareTo(card.weightSum()));
    }

    @Test
    void aBlankWeightCountsAsZeroInTheWeightSum() {
        Scorecard card = national.score(form().budget("100", "90").with(indicator("≥1(个)", "1(个)", "50"))
                .with(indicator("及时", "达成指标", null)).build());
        assertEquals(0, new BigDecimal("60").compareTo(card.weightSum()));
    }

    @Test
    void aDeclarationHasNoExecutionWeightInItsSum() {
        Scorecard card = national.score(form().with(indicator("≥1(个)", "", "30")).build());
        assertEquals(0, new BigDecimal("30").compareTo(card.weightSum()));
    }
}
