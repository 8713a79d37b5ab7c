package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget execution: executed / adjusted of the total funding line, the rate in % (empty when the
 * adjusted budget is 0) and the score, with the explanation.
 */
public record ExecutionScore(BigDecimal executed, BigDecimal adjusted, BigDecimal weight,
        Optional<BigDecimal> rate, BigDecimal score, Explanation explanation) {

    public ExecutionScore {
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The rate rounded another way, to tell a printed rate that was cut off from a wrong one. */
    public Optional<BigDecimal> rateRounded(RoundingMode mode) {
        return rate(executed, adjusted, mode);
    }

    /**
     * An execution rate in %: executed / budget × 100 to 2 decimals, rounded as the rule set says
     * ({@code executionRateRounding}); empty for a budget of 0. Also the rate of a monitoring
     * return, whose executed amount runs to the month of the return.
     */
    public static Optional<BigDecimal> rate(BigDecimal executed, BigDecimal budget, RoundingMode mode) {
        return rate(executed, budget, Arithmetic.SCALE, mode);
    }

    /** The exact rate to 6 decimals, for messages. */
    public Optional<BigDecimal> preciseRate() {
        return rate(executed, adjusted, 6, RoundingMode.HALF_UP);
    }

    /** The execution rate's one formula: executed / budget × 100, empty when nothing was budgeted. */
    private static Optional<BigDecimal> rate(BigDecimal executed, BigDecimal budget, int scale, RoundingMode mode) {
        return budget.signum() == 0 ? Optional.empty()
                : Optional.of(executed.multiply(BigDecimal.valueOf(100)).divide(budget, scale, mode));
    }
}
