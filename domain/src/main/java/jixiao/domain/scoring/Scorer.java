package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/** Scores projects and single indicators under one rule set. Pure: the same input, the same card. */
public final class Scorer {

    private final RuleSet rules;
    private final IndicatorScorer indicatorScorer;
    private final ExecutionRule executionRule;

    public Scorer(RuleSet rules) {
        this.rules = rules;
        this.indicatorScorer = new IndicatorScorer(rules);
        this.executionRule = new ExecutionRule(rules);
    }

    public RuleSet rules() {
        return rules;
    }

    public IndicatorScore score(Indicator indicator) {
        return indicatorScorer.score(indicator);
    }

    /** Scores a form as what its data shows it to be ({@link Project#kind()}). */
    public Scorecard score(Project project) {
        return score(project, project.kind());
    }

    /**
     * Scores a form as the stage it belongs to says it is: a self-evaluation just started from
     * the targets has no actuals yet, and is still scored (and found wanting) as one.
     */
    public Scorecard score(Project project, FormKind kind) {
        List<IndicatorScore> scores = project.indicators().stream().map(indicatorScorer::score).toList();
        if (kind == FormKind.DECLARATION) {
            return new Scorecard(kind, rules.name(), Optional.empty(), scores, Optional.empty(),
                    Optional.empty(), Explanation.of(new Bilingual("申报表不计分", "a declaration is not scored")));
        }
        ExecutionScore execution = executionRule.score(project.funding().total());
        BigDecimal total = execution.score();
        for (IndicatorScore score : scores) {
            if (score.score().isPresent()) {
                total = total.add(score.score().get());
            }
        }
        Grade grade = Grade.of(total, rules);
        BigDecimal sum = total;
        return new Scorecard(kind, rules.name(), Optional.of(execution), scores,
                Optional.of(Arithmetic.round(total)), Optional.of(grade),
                Explanation.lazily(() -> totalSteps(execution, scores, sum, grade)));
    }

    /** How the total and the grade came about: every score that counts, added up, and the grade's bounds. */
    private List<Bilingual> totalSteps(ExecutionScore execution, List<IndicatorScore> scores, BigDecimal total,
            Grade grade) {
        StringBuilder formula = new StringBuilder(Arithmetic.two(execution.score()));
        for (IndicatorScore score : scores) {
            score.score().ifPresent(counted -> formula.append(" + ").append(Arithmetic.two(counted)));
        }
        String sum = formula + " = " + Arithmetic.two(total);
        return List.of(
                new Bilingual("总分 = 执行得分 + 各指标得分: " + sum, "total = execution score + indicator scores: " + sum),
                new Bilingual("等级: " + Arithmetic.two(total) + " → " + grade.symbol() + "（优 ≥ "
                        + rules.excellentFrom().toPlainString() + "，良 ≥ " + rules.goodFrom().toPlainString()
                        + "，中 ≥ " + rules.fairFrom().toPlainString() + "）",
                        "grade: " + Arithmetic.two(total) + " → " + grade.symbol() + " (优 ≥ "
                        + rules.excellentFrom().toPlainString() + ", 良 ≥ " + rules.goodFrom().toPlainString()
                        + ", 中 ≥ " + rules.fairFrom().toPlainString() + ")"));
    }
}
