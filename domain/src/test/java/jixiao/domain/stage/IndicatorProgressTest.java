package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jixiao.domain.target.Actual;
import org.junit.jupiter.api.Test;

class IndicatorProgressTest {

    @Test
    void progressAndForecastAreReadLikeActuals() {
        IndicatorProgress row = IndicatorProgress.EMPTY.withProgress("160(个)").withForecast("部分达成");
        assertTrue(row.progress() instanceof Actual.Measured);
        assertTrue(row.forecast() instanceof Actual.Phrase);
        assertEquals("160(个)", row.progress().text());
    }

    @Test
    void aDeviationIsExplainedByACauseANoteAndACorrectionTogether() {
        IndicatorProgress row = IndicatorProgress.EMPTY.withCauses(Set.of(Cause.FUNDING)).withCauseNote("资金晚到");
        assertFalse(row.explainsDeviation());
        assertTrue(row.withCorrection("加快支付").explainsDeviation());
        assertFalse(row.withCorrection("  ").explainsDeviation());
        assertFalse(row.withCauses(Set.of()).withCorrection("加快支付").explainsDeviation());
    }

    @Test
    void causesKeepTheFormsOrderAndCannotBeChangedFromOutside() {
        IndicatorProgress row = IndicatorProgress.EMPTY.withCauses(EnumSet.of(Cause.OTHER, Cause.FUNDING));
        assertEquals(List.of(Cause.FUNDING, Cause.OTHER), List.copyOf(row.causes()));
        assertThrows(UnsupportedOperationException.class, () -> row.causes().clear());
    }
}
