package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import jixiao.domain.monitoring.Light;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class MonitoringDraftTest {

    private final StoredProject stored = Examples.justStartedMonitoring("工作服置装费");
    private final MonitoringDraft draft = new MonitoringDraft(stored);

    @Test
    void theSheetHasTheFundingLinesTheBudgetCauseARowPerIndicatorAndTheConclusion() {
        assertEquals(4 + 1 + 11 + 3, draft.sheet().size());
        assertEquals(new ProgressField(0, ProgressColumn.PROGRESS), draft.sheet().get(5).get(0));
        assertEquals(ConclusionField.RECTIFY_NOTE, draft.sheet().get(draft.sheet().size() - 1).get(0));
    }

    @Test
    void applyingAnEditRelightsTheReturnAndUndoTakesItBack() throws InvalidEntry {
        assertTrue(draft.review().indicator(1).light().isEmpty(), "nothing reported: unlit");

        draft.apply(draft.typed(new ProgressField(1, ProgressColumn.PROGRESS), "1(套)"));
        assertEquals(Light.RED, draft.review().indicator(1).light().orElseThrow());
        assertTrue(draft.isDirty());

        draft.undo();
        assertTrue(draft.review().indicator(1).light().isEmpty());
        assertFalse(draft.isDirty());
    }

    @Test
    void aPreviewLightsWhatTypingWouldMakeWithoutTakingIt() throws InvalidEntry {
        assertEquals(Light.GREEN, draft.preview(draft.typed(new ProgressField(1, ProgressColumn.PROGRESS), "2(套)"))
                .indicator(1).light().orElseThrow());
        assertFalse(draft.isDirty());
    }

    @Test
    void theReturnIsReadOnlyOnceASelfEvaluationStarted() {
        StoredProject evaluated = new StoredProject(7, new Revision(2, Instant.EPOCH, "test"), stored.ruleSet(),
                stored.year().startSelfEvaluation());

        assertTrue(draft.whyReadOnly().isEmpty());
        assertTrue(new MonitoringDraft(evaluated).whyReadOnly().orElseThrow().zh().contains("只读"));
    }

    @Test
    void savingKeepsTheEditsAsTheNewStartingPoint() throws InvalidEntry {
        draft.apply(draft.typed(ConclusionField.SUMMARY, "进展顺利"));
        StoredProject saved = new StoredProject(7, new Revision(2, Instant.EPOCH, "test"), stored.ruleSet(),
                stored.year().with(draft.current()));

        draft.savedAs(saved);

        assertFalse(draft.isDirty());
        assertEquals(saved, draft.saved());
    }
}
