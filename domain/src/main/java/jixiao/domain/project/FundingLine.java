package jixiao.domain.project;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One funding line's three amounts; a blank cell is empty (and counts as 0 in sums). */
public record FundingLine(Optional<BigDecimal> initial, Optional<BigDecimal> adjusted,
        Optional<BigDecimal> executed) {

    public static final FundingLine EMPTY =
            new FundingLine(Optional.empty(), Optional.empty(), Optional.empty());

    public FundingLine {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(executed, "executed");
    }

    public static FundingLine of(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
        return new FundingLine(Optional.ofNullable(initial), Optional.ofNullable(adjusted),
                Optional.ofNullable(executed));
    }

    public Optional<BigDecimal> get(FundingColumn column) {
        switch (column) {
            case INITIAL:
                return initial;
            case ADJUSTED:
                return adjusted;
            default:
                return executed;
        }
    }

    /** The amount in a column, a blank cell counting as 0. */
    public BigDecimal amount(FundingColumn column) {
        return get(column).orElse(BigDecimal.ZERO);
    }

    public FundingLine with(FundingColumn column, Optional<BigDecimal> amount) {
        return new FundingLine(column == FundingColumn.INITIAL ? amount : initial,
                column == FundingColumn.ADJUSTED ? amount : adjusted,
                column == FundingColumn.EXECUTED ? amount : executed);
    }

    /**
     * The budget a line's execution is measured against: 调整预算数 (全年预算数), else 年初预算数 where
     * no adjusted figure was given. Empty when neither was.
     */
    public Optional<BigDecimal> budgetInForce() {
        return adjusted.or(() -> initial);
    }

    public boolean isEmpty() {
        return initial.isEmpty() && adjusted.isEmpty() && executed.isEmpty();
    }
}
