package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jixiao.domain.project.FormKind;
import org.junit.jupiter.api.Test;

class StageKindTest {

    @Test
    void theStagesComeInTheOrderOfTheYear() {
        assertEquals(List.of("declaration", "adjustment", "monitoring", "self-evaluation"),
                List.of(StageKind.values()).stream().map(StageKind::key).toList());
        assertTrue(StageKind.DECLARATION.isBefore(StageKind.MONITORING));
        assertFalse(StageKind.SELF_EVALUATION.isBefore(StageKind.MONITORING));
        assertFalse(StageKind.MONITORING.isBefore(StageKind.MONITORING));
    }

    @Test
    void aKeyFromTheCommandLineNamesAStage() {
        assertEquals(Optional.of(StageKind.SELF_EVALUATION), StageKind.ofKey(" Self-Evaluation "));
        assertEquals(Optional.empty(), StageKind.ofKey("selfeval"));
    }

    @Test
    void eachStageIsItsOwnOfficialForm() {
        assertEquals("项目支出绩效目标执行监控表", StageKind.MONITORING.title().zh());
        assertEquals("运行监控", StageKind.MONITORING.label().zh());
    }

    @Test
    void everyStageButTheSelfEvaluationIsScoredAsTargets() {
        assertEquals(FormKind.SELF_EVALUATION, StageKind.SELF_EVALUATION.formKind());
        assertEquals(FormKind.DECLARATION, StageKind.MONITORING.formKind());
        assertEquals(FormKind.DECLARATION, StageKind.ADJUSTMENT.formKind());
    }
}
