package jixiao.domain.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/**
 * The target-quality lint (财预〔2021〕101号): how well a form's targets were set, for trainers and
 * reviewers. Runs each rule on each form, comparing it with the other forms it is given (the
 * unit's other projects, last year's self-evaluations). Pure: the same forms, the same findings.
 */
public final class Linter {

    private final List<LintRule> rules;

    public Linter(RuleSet ruleSet) {
        this.rules = List.of(new TargetQualityRule(ruleSet), new QualitativeWhereNumberFits(),
                new SameTargetAcrossUnit(), new TargetBelowLastYear());
    }

    /** Lints each of the forms against the others. */
    public Lint lint(Collection<Project> projects) {
        return lint(projects, projects);
    }

    /**
     * Lints {@code subjects}, comparing them with {@code context} (which may include the subjects):
     * to lint one stored project, give it with every stored project of its unit.
     */
    public Lint lint(Collection<Project> subjects, Collection<Project> context) {
        List<LintFinding> found = new ArrayList<>();
        for (Project project : subjects) {
            List<Project> others = context.stream().filter(other -> !other.key().equals(project.key())).toList();
            List<LintFinding> mine = new ArrayList<>();
            rules.forEach(rule -> mine.addAll(rule.check(project, others)));
            mine.sort(Comparator.comparingInt(Linter::row));
            found.addAll(mine);
        }
        return new Lint(found);
    }

    /** Findings about the whole form first, then by indicator row. */
    private static int row(LintFinding finding) {
        return finding.indicator().map(ref -> ref.row()).orElse(0);
    }
}
