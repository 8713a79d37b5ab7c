package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.stage.StageKind;
import org.junit.jupiter.api.Test;

class PaperFormTest {

    @Test
    void theSelfEvaluationsIndicatorsHaveThePapersEightColumnsInOrder() {
        assertEquals(List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME, IndicatorColumn.TARGET,
                IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT, IndicatorColumn.SCORE, IndicatorColumn.DEVIATION),
                PaperForm.SELF_EVALUATION.columns());
    }

    @Test
    void theDeclarationsIndicatorsHaveTargetsOnly() {
        assertEquals(List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME, IndicatorColumn.TARGET),
                PaperForm.DECLARATION.columns());
    }

    @Test
    void theDeclarationAsksForOneAmountPerFundingLineAndTheSelfEvaluationReportsThree() {
        assertTrue(PaperForm.DECLARATION.sheet().contains(List.of(WholeProjectField.TOTAL,
                new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL))), "the whole project's total beside the year's");
        assertTrue(PaperForm.DECLARATION.sheet().contains(List.of(new FundingField(FundingSource.OTHER, FundingColumn.INITIAL))));
        assertTrue(PaperForm.SELF_EVALUATION.sheet().contains(List.of(new FundingField(FundingSource.OTHER, FundingColumn.INITIAL),
                new FundingField(FundingSource.OTHER, FundingColumn.ADJUSTED),
                new FundingField(FundingSource.OTHER, FundingColumn.EXECUTED))));
    }

    @Test
    void everyHeaderFieldIsOnEachFormsScreenOnPaperOrAfterIt() {
        for (PaperForm form : PaperForm.values()) {
            for (ProjectField field : ProjectField.values()) {
                assertTrue(form.sheet().contains(List.of(field)), form + " shows " + field);
            }
        }
        int offPaper = PaperForm.SELF_EVALUATION.offPaper();
        assertFalse(PaperForm.SELF_EVALUATION.sheet().subList(0, offPaper).contains(List.of(ProjectField.NATURE)),
                "the self-evaluation does not print 项目性质");
        assertTrue(PaperForm.DECLARATION.sheet().subList(0, PaperForm.DECLARATION.offPaper())
                .contains(List.of(ProjectField.START)), "the declaration prints 计划开始日期");
    }

    @Test
    void eachStageSaysWhichPaperItIsTypedInto() {
        assertEquals(PaperForm.DECLARATION, PaperForm.of(StageKind.DECLARATION));
        assertEquals(PaperForm.ADJUSTMENT, PaperForm.of(StageKind.ADJUSTMENT));
        assertEquals(PaperForm.TARGETS_IN_FORCE, PaperForm.of(StageKind.MONITORING));
        assertEquals(PaperForm.SELF_EVALUATION, PaperForm.of(StageKind.SELF_EVALUATION));
        for (PaperForm paper : List.of(PaperForm.DECLARATION, PaperForm.ADJUSTMENT, PaperForm.TARGETS_IN_FORCE)) {
            assertEquals(FormKind.DECLARATION, paper.kind(), paper + " holds targets");
        }
    }

    @Test
    void onlyTheDeclarationHasTheWholeProjectsFundingAndOnlyTheAdjustmentItsReasonAndDate() {
        assertTrue(PaperForm.DECLARATION.hasWholeProject());
        assertFalse(PaperForm.ADJUSTMENT.hasWholeProject() || PaperForm.TARGETS_IN_FORCE.hasWholeProject());
        assertFalse(PaperForm.TARGETS_IN_FORCE.sheet().stream().anyMatch(row -> row.contains(WholeProjectField.TOTAL)));
        List<List<Cell>> onPaper = PaperForm.ADJUSTMENT.sheet().subList(0, PaperForm.ADJUSTMENT.offPaper());
        assertTrue(onPaper.contains(List.of(AdjustmentField.REASON)) && onPaper.contains(List.of(AdjustmentField.APPROVED_ON)));
        assertFalse(PaperForm.DECLARATION.sheet().contains(List.of(AdjustmentField.REASON)));
    }
}
