package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.project.FormKind;

/**
 * A project's scores under one rule set: budget execution, each indicator in the form's order,
 * the total and the grade. A declaration is not scored: it has no execution, total or grade.
 */
public record Scorecard(FormKind kind, String ruleSet, Optional<ExecutionScore> execution,
        List<IndicatorScore> indicators, Optional<BigDecimal> total, Optional<Grade> grade,
        Explanation totalExplanation) {

    public Scorecard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(totalExplanation, "totalExplanation");
        indicators = List.copyOf(indicators);
    }

    public IndicatorScore indicator(int index) {
        return indicators.get(index);
    }

    /** The execution weight plus every indicator's weight (a blank weight counts as 0): what should come to the full marks. */
    public BigDecimal weightSum() {
        BigDecimal sum = execution.map(ExecutionScore::weight).orElse(BigDecimal.ZERO);
        for (IndicatorScore indicator : indicators) {
            sum = sum.add(indicator.weight().orElse(BigDecimal.ZERO));
        }
        return sum;
    }
}
