package jixiao.domain.lint;

import static jixiao.domain.Forms.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class TargetQualityRuleTest {

    private final TargetQualityRule rule = new TargetQualityRule(RuleSets.national2020());

    @Test
    void reportsTheTargetQualityWarningsOfTheCheckWithTheirCodesAndRows() {
        Project project = form().year(2025)
                .with("成本指标", "经济成本指标", "成本节约率", "≥0.00(%)", "", null, null, "")
                .with("满意度指标", "服务对象满意度指标", "满意度", "=100%", "", null, null, "")
                .with("产出指标", "数量指标", "次数", "≥2(次)", "", null, null, "").build();
        List<LintFinding> found = rule.check(project, List.of());
        assertEquals(List.of("target-met-by-nothing", "satisfaction-100"),
                found.stream().map(LintFinding::code).toList());
        assertEquals(1, found.get(0).indicator().orElseThrow().row());
        assertTrue(found.get(0).message().en().contains("met by doing nothing"));
        assertEquals(project.key(), found.get(0).project());
    }

    @Test
    void aFormOfTwentyTwentyOneWithoutCostIndicatorIsReportedAsAWhole() {
        Project project = form().year(2021).with("产出指标", "数量指标", "次数", "≥2(次)", "", null, null, "").build();
        List<LintFinding> found = rule.check(project, List.of());
        assertEquals(List.of("no-cost-indicator"), found.stream().map(LintFinding::code).toList());
        assertTrue(found.get(0).indicator().isEmpty());
    }
}
