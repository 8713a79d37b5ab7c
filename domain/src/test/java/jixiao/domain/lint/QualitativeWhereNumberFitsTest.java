package jixiao.domain.lint;

import static jixiao.domain.Forms.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.project.Project;
import org.junit.jupiter.api.Test;

class QualitativeWhereNumberFitsTest {

    private final QualitativeWhereNumberFits rule = new QualitativeWhereNumberFits();

    @Test
    void aRateWithAWordTargetIsFlaggedOnItsRow() {
        Project project = form().with("成本指标", "经济成本指标", "成本控制率", "成本不超过预算", "", null, null, "")
                .with("产出指标", "数量指标", "培训人数", "≥20(人)", "", null, null, "").build();
        List<LintFinding> found = rule.check(project, List.of());
        assertEquals(1, found.size());
        assertEquals("qualitative-where-numeric", found.get(0).code());
        assertEquals(1, found.get(0).indicator().orElseThrow().row());
        assertTrue(found.get(0).message().zh().contains("成本不超过预算"), found.get(0).message().zh());
    }

    @Test
    void countsAndAmountsAskForNumbersToo() {
        assertTrue(QualitativeWhereNumberFits.namesAMeasure("培训人数"));
        assertTrue(QualitativeWhereNumberFits.namesAMeasure("药品采购量"));
    }

    @Test
    void dataAndQualityAreNotMeasures() {
        assertFalse(QualitativeWhereNumberFits.namesAMeasure("业务监测分析数据有效利用"));
        assertFalse(QualitativeWhereNumberFits.namesAMeasure("服务质量"));
        assertTrue(QualitativeWhereNumberFits.namesAMeasure("数据准确率"), "the 率 still asks for a number");
    }

    @Test
    void numericAndUnreadableTargetsAreLeftToOtherChecks() {
        Project project = form().with("产出指标", "数量指标", "培训人数", "≥20(人)", "", null, null, "")
                .with("产出指标", "质量指标", "合格率", "90%-100%", "", null, null, "")
                .with("产出指标", "质量指标", "达标率", "", "", null, null, "").build();
        assertEquals(List.of(), rule.check(project, List.of()));
    }
}
