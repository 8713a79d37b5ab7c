package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The range a score of a qualitative phrase must lie in: 达成 from 80 % to 100 % of the weight,
 * 部分达成 from 60 % up to (not including) 80 %, 未达成 from 0 up to 60 %. Edges are rounded to
 * 2 decimals.
 */
public record ScoreBand(BigDecimal low, BigDecimal high, boolean highIncluded) {

    public ScoreBand {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    public boolean contains(BigDecimal score) {
        int againstHigh = score.compareTo(high);
        return score.compareTo(low) >= 0 && (highIncluded ? againstHigh <= 0 : againstHigh < 0);
    }

    @Override
    public String toString() {
        return "[" + low.toPlainString() + ", " + high.toPlainString() + (highIncluded ? "]" : ")");
    }
}
