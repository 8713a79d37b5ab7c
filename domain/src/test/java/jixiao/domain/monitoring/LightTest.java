package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import jixiao.domain.rules.MonitoringRules;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightTest {

    private final MonitoringRules rules = RuleSets.national2020().monitoring();

    @ParameterizedTest(name = "{0} % → {1} (or {2} where blue is allowed)")
    @CsvSource({"59.99,RED,RED", "60,YELLOW,YELLOW", "79.99,YELLOW,YELLOW", "80,GREEN,GREEN",
        "119.99,GREEN,GREEN", "120,GREEN,BLUE", "-5,RED,RED"})
    void theThresholdsBandTheProgressAgainstTheSchedule(String percent, Light withoutBlue, Light withBlue) {
        assertEquals(withoutBlue, Light.of(new BigDecimal(percent), rules, false));
        assertEquals(withBlue, Light.of(new BigDecimal(percent), rules, true));
    }

    @Test
    void redIsWorseThanYellowIsWorseThanGreenAndBlueCountsAsGreen() {
        assertEquals(Light.RED, Light.worse(Light.YELLOW, Light.RED));
        assertEquals(Light.YELLOW, Light.worse(Light.GREEN, Light.YELLOW));
        assertEquals(Light.GREEN, Light.worse(Light.BLUE, Light.GREEN));
        assertEquals(Light.GREEN, Light.worse(Light.BLUE, Light.BLUE));
        assertEquals(Light.YELLOW, Light.worse(Light.BLUE, Light.YELLOW));
    }

    @Test
    void onlyRedAndYellowAskForAnExplanation() {
        assertTrue(Light.RED.needsExplanation());
        assertTrue(Light.YELLOW.needsExplanation());
        assertFalse(Light.GREEN.needsExplanation());
        assertFalse(Light.BLUE.needsExplanation());
    }

    @Test
    void eachLightHasItsExchangeKeyAndWordsReadableWithoutColour() {
        assertEquals("blue", Light.BLUE.key());
        assertEquals("蓝", Light.BLUE.label().zh());
        assertEquals("yellow", Light.YELLOW.label().en());
    }
}
