package jixiao.domain.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Findings;
import jixiao.domain.check.Severity;
import jixiao.domain.scoring.Explanation;

/**
 * A monitoring return's lights under one rule set: the budget light, each indicator's light in
 * the form's order, the project light with its explanation, and what the checks found.
 */
public record MonitoringReview(BudgetLight budget, List<IndicatorLight> indicators, Optional<Light> light,
        Explanation explanation, List<Finding> findings) {

    public MonitoringReview {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(light, "light");
        Objects.requireNonNull(explanation, "explanation");
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    public IndicatorLight indicator(int index) {
        return indicators.get(index);
    }

    /** The indicators with a given light, in the form's order: the bureau's watch list, the blue ones to review. */
    public List<IndicatorLight> lit(Light wanted) {
        return indicators.stream().filter(indicator -> indicator.is(wanted)).toList();
    }

    public List<Finding> errors() {
        return Findings.of(findings, Severity.ERROR);
    }

    public List<Finding> warnings() {
        return Findings.of(findings, Severity.WARNING);
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** The findings that concern one indicator (by position, from 0). */
    public List<Finding> about(int indicatorIndex) {
        return Findings.about(findings, indicatorIndex);
    }
}
