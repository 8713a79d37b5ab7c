package jixiao.domain.check;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Scorecard;
import jixiao.domain.scoring.Scorer;

/**
 * Scores a project and runs every check on it: errors and score warnings for self-evaluations,
 * target warnings and target quality for both forms, and the published figures where printed.
 */
public final class Reviewer {

    private final RuleSet rules;
    private final Scorer scorer;

    public Reviewer(RuleSet rules) {
        this.rules = rules;
        this.scorer = new Scorer(rules);
    }

    public RuleSet rules() {
        return rules;
    }

    /** Reviews a form as what its data shows it to be ({@link Project#kind()}). */
    public Review review(Project project) {
        return review(project, project.kind());
    }

    /** Reviews a form as the stage it belongs to says it is (see {@link Scorer#score(Project, FormKind)}). */
    public Review review(Project project, FormKind kind) {
        Scorecard card = scorer.score(project, kind);
        List<Finding> findings = new ArrayList<>();
        if (card.kind() == FormKind.SELF_EVALUATION) {
            findings.addAll(FormErrors.of(project, card, rules));
            findings.addAll(ScoreWarnings.of(project, card));
            findings.addAll(PublishedFigures.of(project, card, rules));
        }
        findings.addAll(TargetWarnings.of(project));
        findings.addAll(TargetQuality.of(project, rules));
        return new Review(card, findings);
    }
}
