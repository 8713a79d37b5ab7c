package jixiao.domain.lint;

import static jixiao.domain.Forms.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.project.Project;
import org.junit.jupiter.api.Test;

class SameTargetAcrossUnitTest {

    private final SameTargetAcrossUnit rule = new SameTargetAcrossUnit();

    private static Project project(String name, String costTarget, String satisfactionTarget) {
        return form().year(2025).named(name)
                .with("成本指标", "经济成本指标", "成本控制率", costTarget, "", null, null, "")
                .with("满意度指标", "服务对象满意度指标", "满意度", satisfactionTarget, "", null, null, "").build();
    }

    @Test
    void aTargetCopiedIntoEveryProjectOfTheUnitIsFlaggedInEach() {
        Project first = project("A", "成本不超过预算", "≥90(%)");
        List<Project> others = List.of(project("B", "成本不超过预算", "≥85(%)"), project("C", "成本不超过预算", "≥95(%)"));
        List<LintFinding> found = rule.check(first, others);
        assertEquals(1, found.size());
        assertEquals("same-target-in-every-project", found.get(0).code());
        assertEquals("成本控制率", found.get(0).indicator().orElseThrow().name());
        assertTrue(found.get(0).message().zh().contains("全部 3 个项目"), found.get(0).message().zh());
    }

    @Test
    void fullWidthAndSpacingDoNotMakeATargetDifferent() {
        List<Project> others = List.of(project("B", "x", "＞＝９０％"), project("C", "y", "≥ 90%"));
        assertEquals(List.of(), rule.check(project("A", "z", "≥90%"), others),
                "≥ and >= are different texts; only width and spaces are folded");
        others = List.of(project("B", "x", "≥９０％"), project("C", "y", "≥ 90%"));
        assertEquals(1, rule.check(project("A", "z", "≥90%"), others).size());
    }

    @Test
    void twoProjectsMayAgreeByChance() {
        assertEquals(List.of(), rule.check(project("A", "成本不超过预算", "≥90(%)"),
                List.of(project("B", "成本不超过预算", "≥90(%)"))));
    }

    @Test
    void projectsOfAnotherYearOrUnitAreNotCompared() {
        Project lastYear = form().year(2024).named("B")
                .with("成本指标", "经济成本指标", "成本控制率", "成本不超过预算", "", null, null, "").build();
        assertEquals(List.of(), rule.check(project("A", "成本不超过预算", "≥90(%)"),
                List.of(lastYear, project("C", "成本不超过预算", "≥95(%)"))));
    }
}
