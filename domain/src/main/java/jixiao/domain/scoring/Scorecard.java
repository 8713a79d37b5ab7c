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
}
