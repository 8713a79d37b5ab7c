package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.scoring.Explanation;
import org.junit.jupiter.api.Test;

class IndicatorLightTest {

    @Test
    void saysWhichLightItIs() {
        IndicatorLight light = new IndicatorLight(new IndicatorRef(0, "指标"), LightRule.REVERSE, Optional.of(Light.RED),
                Optional.empty(), Explanation.of());
        assertTrue(light.is(Light.RED));
        assertFalse(light.is(Light.GREEN));
    }

    @Test
    void anUnlitIndicatorIsNoLight() {
        IndicatorLight unlit = new IndicatorLight(new IndicatorRef(0, "指标"), LightRule.LIKELIHOOD, Optional.empty(),
                Optional.empty(), Explanation.of());
        for (Light light : Light.values()) {
            assertFalse(unlit.is(light));
        }
        assertThrows(NullPointerException.class, () -> new IndicatorLight(null, LightRule.LIKELIHOOD, Optional.empty(),
                Optional.empty(), Explanation.of()));
    }
}
