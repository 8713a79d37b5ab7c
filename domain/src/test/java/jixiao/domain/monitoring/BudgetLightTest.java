package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.scoring.Explanation;
import org.junit.jupiter.api.Test;

class BudgetLightTest {

    @Test
    void saysWhichLightItIs() {
        BudgetLight light = new BudgetLight(Optional.of(new BigDecimal("57.75")), Optional.of(new BigDecimal("99.00")),
                Optional.of(Light.GREEN), Explanation.of());
        assertTrue(light.is(Light.GREEN));
        assertFalse(light.is(Light.BLUE));
    }

    @Test
    void everyPartIsRequired() {
        assertThrows(NullPointerException.class,
                () -> new BudgetLight(Optional.empty(), Optional.empty(), null, Explanation.of()));
    }
}
