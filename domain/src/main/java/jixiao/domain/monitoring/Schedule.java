package jixiao.domain.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import jixiao.domain.language.Bilingual;
import jixiao.domain.scoring.Arithmetic;

/** The time elapsed by the month of a return, p = M/12, and progress measured against it. */
final class Schedule {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private final Month month;
    private final Bilingual period;

    Schedule(Month month, Bilingual period) {
        this.month = month;
        this.period = period;
    }

    /**
     * {@code value ÷ (annual × M/12)} in %, computed exactly and rounded once, half-up to 2
     * decimals: the figure the explanation shows, and the one the light is read from.
     */
    BigDecimal against(BigDecimal value, BigDecimal annual) {
        return value.multiply(TWELVE_HUNDRED)
                .divide(annual.multiply(BigDecimal.valueOf(month.getValue())), Arithmetic.SCALE, RoundingMode.HALF_UP);
    }

    /** p as the explanations write it: {@code 7/12}. */
    String fraction() {
        return month.getValue() + "/12";
    }

    /** The months covered: {@code 1–7月}, {@code Jan–Jul}. */
    Bilingual period() {
        return period;
    }
}
