package jixiao.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.project.Project;
import org.junit.jupiter.api.Test;

class SameProjectTest {

    private final Project declared2025 = Workwear.declared2025().build();

    @Test
    void theSameUnitAndNameIsTheSameProject() {
        Project evaluated = Workwear.evaluated2024().build();
        assertEquals(Optional.of(new Match(evaluated, MatchedBy.UNIT_AND_NAME)),
                SameProject.in(2024, declared2025.key(), List.of(Workwear.otherProject2024(), evaluated)));
    }

    @Test
    void theCodeComesFirstAndSurvivesARename() {
        Project renamed = Workwear.evaluated2024().named("工作人员服装购置").code("31000024T0001").build();
        Project sameName = Workwear.evaluated2024().code("31000024T0002").build();
        Project coded = Workwear.declared2025().code("31000024T0001").build();
        assertEquals(Optional.of(new Match(renamed, MatchedBy.CODE)),
                SameProject.in(2024, coded.key(), List.of(sameName, renamed)));
    }

    @Test
    void withoutACodeMatchTheUnitAndNameDecide() {
        Project evaluated = Workwear.evaluated2024().code("2024-88").build();
        Project coded = Workwear.declared2025().code("2025-17").build();
        assertEquals(Optional.of(new Match(evaluated, MatchedBy.UNIT_AND_NAME)),
                SameProject.in(2024, coded.key(), List.of(evaluated)));
    }

    @Test
    void anotherUnitsProjectOfTheSameNameIsAnotherProject() {
        Project elsewhere = Workwear.evaluated2024().unit("上海市医疗保障局").build();
        assertEquals(Optional.empty(), SameProject.in(2024, declared2025.key(), List.of(elsewhere)));
    }

    @Test
    void spacesFullWidthAndTheFormsOwnYearDoNotMakeANameDifferent() {
        Project evaluated = Workwear.evaluated2024().named("2024年度 工作服置装费").build();
        Project declared = Workwear.declared2025().named("２０２５年度工作服置装费").build();
        assertEquals(MatchedBy.UNIT_AND_NAME, SameProject.in(2024, declared.key(), List.of(evaluated)).orElseThrow().by());
    }

    @Test
    void theSelfEvaluationOfAYearComesBeforeItsDeclaration() {
        Project declared2024 = Workwear.declared2025().year(2024).build();
        Project evaluated = Workwear.evaluated2024().build();
        assertEquals(evaluated, SameProject.in(2024, declared2025.key(), List.of(declared2024, evaluated))
                .orElseThrow().form());
    }

    @Test
    void indicatorsMatchByNameWithTheFormsOwnYearMadeNeutral() {
        Project old = Forms.form().year(2024).with("产出指标", "数量指标", "系统（2024年运维项目）功能点维护", "≥350(个)",
                "733(个)", "10", null, "").build();
        Project next = Forms.form().year(2025).with("产出指标", "数量指标", "成本", "成本不超过预算", "", null, null, "")
                .with("产出指标", "数量指标", "系统（2025年运维项目）功能点维护", "≥300(个)", "", null, null, "").build();
        assertEquals("733(个)", SameProject.indicator(next, 1, old).orElseThrow().actual().text());
        assertEquals(Optional.empty(), SameProject.indicator(next, 0, old));
    }

    @Test
    void aNameThatOccursTwiceMatchesOccurrenceByOccurrence() {
        Project old = Forms.form().year(2024).with(Forms.indicator("≥1(个)", "1(个)", "5"))
                .with(Forms.indicator("≥2(个)", "2(个)", "5")).build();
        Project next = Forms.form().year(2025).with(Forms.indicator("≥3(个)", "", null))
                .with(Forms.indicator("≥4(个)", "", null)).build();
        assertEquals("2(个)", SameProject.indicator(next, 1, old).orElseThrow().actual().text());
        assertEquals("1(个)", SameProject.indicator(next, 0, old).orElseThrow().actual().text());
    }
}
