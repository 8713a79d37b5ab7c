package jixiao.domain.lint;

import java.util.List;
import jixiao.domain.project.ProjectKey;

/** What the lint found on a set of forms, project by project in the order they were given. */
public record Lint(List<LintFinding> findings) {

    public Lint {
        findings = List.copyOf(findings);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    /** The findings of one project, for a view that lists them beside its form. */
    public List<LintFinding> about(ProjectKey project) {
        return findings.stream().filter(finding -> finding.project().equals(project)).toList();
    }

    /** Each finding's code, in order: handy for tests and summaries. */
    public List<String> codes() {
        return findings.stream().map(LintFinding::code).toList();
    }
}
