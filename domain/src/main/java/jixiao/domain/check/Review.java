package jixiao.domain.check;

import java.util.List;
import java.util.Objects;
import jixiao.domain.scoring.Scorecard;

/** A project's scorecard with everything the checks found, in a stable order. */
public record Review(Scorecard scorecard, List<Finding> findings) {

    public Review {
        Objects.requireNonNull(scorecard, "scorecard");
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return Findings.of(findings, Severity.ERROR);
    }

    public List<Finding> warnings() {
        return Findings.of(findings, Severity.WARNING);
    }

    public List<Finding> mismatches() {
        return Findings.of(findings, Severity.MISMATCH);
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** The findings that concern one indicator (by position, from 0). */
    public List<Finding> about(int indicatorIndex) {
        return Findings.about(findings, indicatorIndex);
    }
}
