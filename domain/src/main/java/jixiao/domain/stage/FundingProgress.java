package jixiao.domain.stage;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A funding line of a monitoring return beside its budgets: 1–M月执行数 (spent up to the end of the
 * month of the return) and 全年预计执行数 (expected for the whole year). Either may be blank.
 */
public record FundingProgress(Optional<BigDecimal> executed, Optional<BigDecimal> forecast) {

    public static final FundingProgress EMPTY = new FundingProgress(Optional.empty(), Optional.empty());

    public FundingProgress {
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(forecast, "forecast");
    }

    public static FundingProgress of(BigDecimal executed, BigDecimal forecast) {
        return new FundingProgress(Optional.ofNullable(executed), Optional.ofNullable(forecast));
    }

    public FundingProgress withExecuted(Optional<BigDecimal> changed) {
        return new FundingProgress(changed, forecast);
    }

    public FundingProgress withForecast(Optional<BigDecimal> changed) {
        return new FundingProgress(executed, changed);
    }
}
