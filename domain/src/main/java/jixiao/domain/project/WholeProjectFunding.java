package jixiao.domain.project;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The left half of a declaration's money block: the whole project's funding over all its years
 * (项目资金总额, 其中：财政资金, 其他资金), beside the year's request. Any cell may be blank: many
 * declarations leave it so, and a one-year project repeats the year's figures.
 */
public record WholeProjectFunding(Optional<BigDecimal> total, Optional<BigDecimal> fiscal,
        Optional<BigDecimal> other) {

    public static final WholeProjectFunding EMPTY =
            new WholeProjectFunding(Optional.empty(), Optional.empty(), Optional.empty());

    public WholeProjectFunding {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(fiscal, "fiscal");
        Objects.requireNonNull(other, "other");
    }

    public static WholeProjectFunding of(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
        return new WholeProjectFunding(Optional.ofNullable(total), Optional.ofNullable(fiscal),
                Optional.ofNullable(other));
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /**
     * Whether the total is the fiscal plus the other funding (a blank part counting as 0). Blank
     * totals and totals with both parts blank leave nothing to add up, and so add up.
     */
    public boolean addsUp() {
        if (total.isEmpty() || fiscal.isEmpty() && other.isEmpty()) {
            return true;
        }
        BigDecimal parts = fiscal.orElse(BigDecimal.ZERO).add(other.orElse(BigDecimal.ZERO));
        return total.get().compareTo(parts) == 0;
    }

    public WholeProjectFunding withTotal(Optional<BigDecimal> changed) {
        return new WholeProjectFunding(changed, fiscal, other);
    }

    public WholeProjectFunding withFiscal(Optional<BigDecimal> changed) {
        return new WholeProjectFunding(total, changed, other);
    }

    public WholeProjectFunding withOther(Optional<BigDecimal> changed) {
        return new WholeProjectFunding(total, fiscal, changed);
    }
}
