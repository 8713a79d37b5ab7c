package jixiao.domain.trend;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Grade;

/**
 * One year of a trend: the form, how it was found to be the same project, its total funding line
 * in the trend's money unit, and (for a self-evaluation) the execution rate, total and grade.
 */
public record TrendYear(int year, Project form, MatchedBy matchedBy, FundingLine funding,
        Optional<BigDecimal> executionRate, Optional<BigDecimal> total, Optional<Grade> grade) {

    public TrendYear {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(executionRate, "executionRate");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
    }
}
