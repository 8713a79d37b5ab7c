package jixiao.domain.monitoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.scoring.Explanation;

/**
 * The budget light of a monitoring return: the execution rate to the month of the return (in %,
 * rounded as the rule set rounds execution rates), that rate against the schedule (in %, rounded
 * half-up), the light (empty while nothing is executed or there is no budget), and the explanation.
 */
public record BudgetLight(Optional<BigDecimal> rate, Optional<BigDecimal> ratio, Optional<Light> light,
        Explanation explanation) {

    public BudgetLight {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(light, "light");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean is(Light expected) {
        return light.equals(Optional.of(expected));
    }
}
