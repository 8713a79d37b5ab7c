package jixiao.domain.lint;

import java.util.List;
import jixiao.domain.check.TargetQuality;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/**
 * The target-quality warnings of scoring.md §6 (no 成本指标, a target met by doing nothing such as
 * {@code ≥0.00(%)}, a satisfaction target of {@code =100%}, mostly qualitative indicators, duplicate
 * names, level-2 names outside their level-1), exactly as {@code check} reports them.
 */
final class TargetQualityRule implements LintRule {

    private final RuleSet rules;

    TargetQualityRule(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public List<LintFinding> check(Project project, List<Project> others) {
        return TargetQuality.of(project, rules).stream()
                .map(finding -> new LintFinding(project.key(), finding.code(), finding.message(), finding.indicator()))
                .toList();
    }
}
