package jixiao.domain.lint;

import static jixiao.domain.Forms.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import jixiao.domain.project.Project;
import org.junit.jupiter.api.Test;

class TargetBelowLastYearTest {

    private final TargetBelowLastYear rule = new TargetBelowLastYear();

    private static final Project BOUGHT_78 = form().year(2024).named("工作服置装费").budget("22.00", "18.88")
            .with("产出指标", "数量指标", "工作服数量", "≥75.00(套)", "78.00(套)", "10", null, "").build();

    private static Project declared(int year, String target) {
        return form().year(year).named("工作服置装费")
                .with("产出指标", "数量指标", "工作服数量", target, "", null, null, "").build();
    }

    @Test
    void fourSetsAfterSeventyEightWereBoughtIsFarBelowLastYear() {
        List<LintFinding> found = rule.check(declared(2025, "≥4(套)"), List.of(BOUGHT_78));
        assertEquals(1, found.size());
        assertEquals("target-below-last-actual", found.get(0).code());
        assertTrue(found.get(0).message().zh().contains("“≥4(套)”远低于 2024 年实际完成值 78.00(套)"),
                found.get(0).message().zh());
    }

    @Test
    void aTargetNearLastYearsActualIsFine() {
        assertEquals(List.of(), rule.check(declared(2025, "≥70(套)"), List.of(BOUGHT_78)));
    }

    @Test
    void halfOfLastYearIsTheEdge() {
        assertTrue(TargetBelowLastYear.farBelow(new BigDecimal("39"), new BigDecimal("78.00")));
        assertFalse(TargetBelowLastYear.farBelow(new BigDecimal("39.01"), new BigDecimal("78.00")));
        assertFalse(TargetBelowLastYear.farBelow(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void onlyTheYearBeforeOfTheSameProjectCounts() {
        assertEquals(List.of(), rule.check(declared(2026, "≥4(套)"), List.of(BOUGHT_78)));
        Project otherProject = form().year(2024).named("别的项目").budget("1", "1")
                .with("产出指标", "数量指标", "工作服数量", "≥75(套)", "78(套)", "10", null, "").build();
        assertEquals(List.of(), rule.check(declared(2025, "≥4(套)"), List.of(otherProject)));
    }

    @Test
    void upperBoundsAndOtherUnitsAreNotCompared() {
        assertEquals(List.of(), rule.check(declared(2025, "≤4(套)"), List.of(BOUGHT_78)));
        assertEquals(List.of(), rule.check(declared(2025, "≥4(件)"), List.of(BOUGHT_78)));
    }

    @Test
    void lastYearIsFoundByCodeAsTheTrendFindsItThoughTheProjectWasRenamed() {
        Project renamed = form().year(2024).named("工作人员服装").code("31000024T0001").budget("22.00", "18.88")
                .with("产出指标", "数量指标", "工作服数量", "≥75.00(套)", "78.00(套)", "10", null, "").build();
        Project coded = form().year(2025).named("工作服置装费").code("31000024T0001")
                .with("产出指标", "数量指标", "工作服数量", "≥4(套)", "", null, null, "").build();
        assertEquals(List.of("target-below-last-actual"),
                rule.check(coded, List.of(renamed)).stream().map(LintFinding::code).toList());
    }

    @Test
    void anIndicatorNamedWithItsYearIsTheSameIndicatorNextYear() {
        Project lastYear = form().year(2024).named("信息化运维项目").budget("485.55", "480.42")
                .with("产出指标", "数量指标", "系统（2024年运维项目）功能点维护", "≥350(个)", "733(个)", "10", null, "").build();
        Project next = form().year(2025).named("信息化运维项目")
                .with("产出指标", "数量指标", "系统（2025年运维项目）功能点维护", "≥300(个)", "", null, null, "").build();
        assertEquals(List.of("target-below-last-actual"),
                rule.check(next, List.of(lastYear)).stream().map(LintFinding::code).toList());
    }

    @Test
    void lastYearsDeclarationHasNoActualToCompareWith() {
        assertEquals(List.of(), rule.check(declared(2025, "≥4(套)"), List.of(declared(2024, "≥75(套)"))));
    }
}
