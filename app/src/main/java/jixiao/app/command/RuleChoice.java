package jixiao.app.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.app.command.ProjectArguments.Given;
import jixiao.app.output.ReviewedProject;
import jixiao.domain.language.Bilingual;
import jixiao.domain.lint.Lint;
import jixiao.domain.lint.LintFinding;
import jixiao.domain.lint.Linter;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.Project;
import jixiao.domain.review.StageReview;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.StageKind;

/**
 * Which rule set scores each project given: {@code --rules} where given — on a stored project, a
 * what-if — else the set the project is stored with, else {@code national-2020} for a file.
 */
final class RuleChoice {

    private final Optional<RuleSet> given;
    private final Map<RuleSet, StageReviewer> reviewers = new HashMap<>();

    RuleChoice(RulesOption option) throws InvalidRuleSetException {
        this.given = option.given();
    }

    RuleSet rulesFor(Given project) {
        return given.or(project::stored).orElse(RuleSets.national2020());
    }

    /** The year's latest stage reviewed, with its monitoring return's lights where it has one. */
    ReviewedProject review(Given project) {
        return review(project, project.year().latest().kind());
    }

    /** One stage of the year reviewed (the year must have it), with its monitoring return's lights. */
    ReviewedProject review(Given project, StageKind stage) {
        RuleSet rules = rulesFor(project);
        StageReviewer reviewer = reviewers.computeIfAbsent(rules, StageReviewer::new);
        StageReview review = reviewer.review(project.year(), stage);
        Optional<MonitoringReview> lights = review.monitoring().or(() -> project.year().monitoring()
                .flatMap(monitored -> reviewer.review(project.year(), StageKind.MONITORING).monitoring()));
        return new ReviewedProject(project.source(), project.year(), review, lights, rules, project.stored());
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
