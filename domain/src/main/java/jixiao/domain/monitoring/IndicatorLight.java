package jixiao.domain.monitoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.scoring.Explanation;

/**
 * An indicator's light on a monitoring return: the rule that lit it, the light (empty when nothing
 * reported lets one be lit), the progress against the schedule in % where a quantity was
 * prorated, and the explanation of every step.
 */
public record IndicatorLight(IndicatorRef indicator, LightRule rule, Optional<Light> light, Optional<BigDecimal> ratio,
        Explanation explanation) {

    public IndicatorLight {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(light, "light");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean is(Light expected) {
        return light.equals(Optional.of(expected));
    }
}
