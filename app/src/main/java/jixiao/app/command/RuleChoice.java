package jixiao.app.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.app.command.ProjectArguments.Given;
import jixiao.app.output.ReviewedProject;
import jixiao.domain.check.Reviewer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.lint.Lint;
import jixiao.domain.lint.LintFinding;
import jixiao.domain.lint.Linter;
import jixiao.domain.project.Project;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;

/**
 * Which rule set scores each project given: {@code --rules} where given — on a stored project, a
 * what-if — else the set the project is stored with, else {@code national-2020} for a file.
 */
final class RuleChoice {

    private final Optional<RuleSet> given;
    private final Map<RuleSet, Reviewer> reviewers = new HashMap<>();

    RuleChoice(RulesOption option) throws InvalidRuleSetException {
        this.given = option.given();
    }

    RuleSet rulesFor(Given project) {
        return given.or(project::stored).orElse(RuleSets.national2020());
    }

    ReviewedProject review(Given project) {
        RuleSet rules = rulesFor(project);
        return new ReviewedProject(project.source(), project.project(),
                reviewers.computeIfAbsent(rules, Reviewer::new).review(project.project()), rules, project.stored());
    }

    /** The lint of each subject under its own rule set, compared with the whole context. */
    Lint lint(List<Given> subjects, List<Project> context) {
        Map<RuleSet, List<Project>> byRules = new LinkedHashMap<>();
        subjects.forEach(subject -> byRules.computeIfAbsent(rulesFor(subject), rules -> new ArrayList<>())
                .add(subject.project()));
        List<LintFinding> findings = new ArrayList<>();
        byRules.forEach((rules, projects) -> findings.addAll(new Linter(rules).lint(projects, context).findings()));
        return new Lint(findings);
    }

    /** A line for each stored project scored under another set than its own: its figures are a what-if. */
    List<Bilingual> whatIfs(List<Given> projects) {
        List<Bilingual> notes = new ArrayList<>();
        for (Given project : projects) {
            RuleSet rules = rulesFor(project);
            project.stored().filter(stored -> !stored.equals(rules))
                    .ifPresent(stored -> notes.add(ReviewedProject.whatIf(project.source(), rules, stored)));
        }
        return notes;
    }
}
