package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.List;
import jixiao.domain.Returns;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class MonitoringReviewTest {

    private final MonitoringReview review = new Monitor(RuleSets.national2020()).review(Returns.of(Month.JULY)
            .indicator("≥300(个)", "160(个)").indicator("≤5(%)", "6(%)").indicator("≥10(个)", "10(个)")
            .indicator("≤1(起)", "2(起)").build());

    @Test
    void listsTheIndicatorsOfOneLightInTheFormsOrder() {
        assertEquals(List.of(1, 3), review.lit(Light.RED).stream().map(light -> light.indicator().index()).toList());
        assertEquals(List.of(2), review.lit(Light.BLUE).stream().map(light -> light.indicator().index()).toList());
    }

    @Test
    void sortsFindingsBySeverityAndIndicator() {
        assertTrue(review.hasErrors());
        assertEquals(2, review.errors().size());
        assertEquals(1, review.warnings().size());
        assertEquals(1, review.about(1).size());
        assertEquals(0, review.about(0).size());
    }

    @Test
    void cannotBeChangedFromOutside() {
        assertThrows(UnsupportedOperationException.class, () -> review.indicators().clear());
        assertThrows(UnsupportedOperationException.class, () -> review.findings().clear());
        assertFalse(review.indicators().isEmpty());
    }
}
