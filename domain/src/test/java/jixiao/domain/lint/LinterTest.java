package jixiao.domain.lint;

import static jixiao.domain.Forms.form;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class LinterTest {

    private final Linter linter = new Linter(RuleSets.national2020());

    private static final Project SELF_EVALUATION = form().year(2024).named("工作服置装费").budget("22.00", "18.88")
            .with("成本指标", "经济成本指标", "成本节约率", "≥0.00(%)", "14.19(%)", "20", null, "")
            .with("产出指标", "数量指标", "工作服数量", "≥75.00(套)", "78.00(套)", "10", null, "").build();
    private static final Project DECLARATION = form().year(2025).named("工作服置装费")
            .with("成本指标", "经济成本指标", "成本控制率", "成本不超过预算", "", null, null, "")
            .with("产出指标", "数量指标", "工作服数量", "≥4(套)", "", null, null, "").build();

    @Test
    void runsEveryRuleOnEveryFormInTheOrderGiven() {
        Lint lint = linter.lint(List.of(SELF_EVALUATION, DECLARATION));
        assertEquals(List.of("target-met-by-nothing", "qualitative-where-numeric", "target-below-last-actual"),
                lint.codes());
        assertEquals(List.of(SELF_EVALUATION.key(), DECLARATION.key(), DECLARATION.key()),
                lint.findings().stream().map(LintFinding::project).toList());
    }

    @Test
    void findingsAboutTheWholeFormComeBeforeThoseOnItsRows() {
        Project project = form().year(2023)
                .with("产出指标", "时效指标", "及时率", "及时", "", null, null, "").build();
        assertEquals(List.of("no-cost-indicator", "mostly-qualitative", "qualitative-where-numeric"),
                linter.lint(List.of(project)).codes());
    }

    @Test
    void aSubjectIsComparedWithItsContextButOnlyItIsReported() {
        Lint lint = linter.lint(List.of(DECLARATION), List.of(SELF_EVALUATION, DECLARATION));
        assertEquals(List.of("qualitative-where-numeric", "target-below-last-actual"), lint.codes());
    }

    @Test
    void aWellSetFormIsClean() {
        Project project = form().year(2025)
                .with("成本指标", "经济成本指标", "单位成本", "≤120(元/套)", "", null, null, "")
                .with("产出指标", "数量指标", "工作服数量", "≥75(套)", "", null, null, "").build();
        assertEquals(true, linter.lint(List.of(project)).isClean());
    }
}
