package jixiao.domain.check;

import java.util.List;

/** The queries every list of findings answers, in one place: a form's review and a monitoring return's. */
public final class Findings {

    private Findings() {
    }

    /** The findings of one severity, in their order. */
    public static List<Finding> of(List<Finding> findings, Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).toList();
    }

    /** The findings that concern one indicator (by position, from 0). */
    public static List<Finding> about(List<Finding> findings, int indicatorIndex) {
        return findings.stream()
                .filter(finding -> finding.indicator().map(ref -> ref.index() == indicatorIndex).orElse(false))
                .toList();
    }
}
