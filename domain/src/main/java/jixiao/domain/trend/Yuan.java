package jixiao.domain.trend;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The money units forms write, in 元: so that 485.55 万元 and 4,099,271.00 元 stand side by side. */
final class Yuan {

    private static final Map<String, BigDecimal> FACTORS = Map.of("元", BigDecimal.ONE,
            "万元", BigDecimal.valueOf(10_000), "亿元", BigDecimal.valueOf(100_000_000));

    private Yuan() {
    }

    /** How many 元 one of the unit is; empty for a unit that is not money jixiao knows (or none). */
    static Optional<BigDecimal> factor(String moneyUnit) {
        return Optional.ofNullable(FACTORS.get(moneyUnit.strip()));
    }
}
