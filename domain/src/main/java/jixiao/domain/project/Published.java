package jixiao.domain.project;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures printed on a form that came from elsewhere. Kept to be checked against, never used
 * for scoring. The grade is kept as printed text, since a printed grade may be anything.
 */
public record Published(Optional<BigDecimal> executionWeight, Optional<BigDecimal> executionRate,
        Optional<BigDecimal> executionScore, Optional<BigDecimal> totalScore,
        Optional<String> grade) {

    public static final Published NONE = new Published(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public Published {
        Objects.requireNonNull(executionWeight, "executionWeight");
        Objects.requireNonNull(executionRate, "executionRate");
        Objects.requireNonNull(executionScore, "executionScore");
        Objects.requireNonNull(totalScore, "totalScore");
        Objects.requireNonNull(grade, "grade");
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
