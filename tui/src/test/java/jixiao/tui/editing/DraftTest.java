package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Funding;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class DraftTest {

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);
    private final StoredProject stored = Examples.stored(audit);
    private final Draft draft = new Draft(stored, RuleSets.national2020());

    @Test
    void aNewDraftIsTheStoredProjectReviewedAndClean() {
        assertSame(audit, draft.project());
        assertEquals(new BigDecimal("99.32"), draft.review().scorecard().total().orElseThrow());
        assertFalse(draft.isDirty());
        assertFalse(draft.canUndo());
    }

    @Test
    void theFormIsFixedWhenOpenedAndTheDraftIsScoredAsThatForm() {
        Project noActuals = audit;
        for (int i = 0; i < audit.indicators().size(); i++) {
            noActuals = noActuals.withIndicator(i, noActuals.indicators().get(i).withActual(""));
        }
        draft.apply(noActuals.withFunding(Funding.EMPTY));

        assertEquals(PaperForm.SELF_EVALUATION, draft.form());
        assertEquals(FormKind.DECLARATION, draft.project().kind(), "what it holds alone would say declaration");
        assertEquals(FormKind.SELF_EVALUATION, draft.review().scorecard().kind());
        assertEquals(PaperForm.DECLARATION, new Draft(Examples.stored(Examples.declaration(Examples.AUDIT)),
                RuleSets.national2020()).form());
    }

    @Test
    void applyTakesTheChangeRescoresAndMakesTheDraftDirty() throws InvalidEntry {
        draft.apply(draft.typed(new IndicatorField(2, IndicatorColumn.ACTUAL), "0(%)"));

        assertEquals("0(%)", draft.project().indicators().get(2).actual().text());
        assertEquals(new BigDecimal("89.32"), draft.review().scorecard().total().orElseThrow());
        assertTrue(draft.isDirty());
        assertTrue(draft.canUndo());
    }

    @Test
    void applyingTheSameProjectIsNoEditToUndo() {
        draft.apply(audit);

        assertFalse(draft.canUndo());
    }

    @Test
    void undoReturnsToTheProjectAndScoresBefore() throws InvalidEntry {
        draft.apply(draft.typed(new IndicatorField(2, IndicatorColumn.ACTUAL), "0(%)"));
        draft.apply(draft.typed(new IndicatorField(2, IndicatorColumn.DEVIATION), "审计延期"));

        draft.undo();
        assertEquals("", draft.project().indicators().get(2).deviation());
        assertEquals("0(%)", draft.project().indicators().get(2).actual().text());
        draft.undo();
        assertEquals(audit, draft.project());
        assertEquals(new BigDecimal("99.32"), draft.review().scorecard().total().orElseThrow());
        assertFalse(draft.isDirty());
        assertFalse(draft.canUndo());
        draft.undo();
        assertEquals(audit, draft.project(), "undo with nothing to undo does nothing");
    }

    @Test
    void savedAsMakesTheDraftCleanAgainstWhatWasStored() throws InvalidEntry {
        draft.apply(draft.typed(new IndicatorField(2, IndicatorColumn.ACTUAL), "0(%)"));
        StoredProject saved = new StoredProject(stored.id(), new Revision(2, Instant.EPOCH, "test"), stored.ruleSet(),
                ProjectYear.ofForm(draft.project()));

        draft.savedAs(saved);

        assertFalse(draft.isDirty());
        assertSame(saved, draft.saved());
        assertTrue(draft.canUndo(), "edits before the save can still be undone");
    }

    @Test
    void reloadTakesTheStoredVersionAndKeepsMyEditForUndo() throws InvalidEntry {
        draft.apply(draft.typed(new IndicatorField(2, IndicatorColumn.ACTUAL), "0(%)"));
        Project mine = draft.project();
        Project theirs = audit.withIndicator(1, audit.indicators().get(1).withDeviation("他人的说明"));
        StoredProject latest = new StoredProject(stored.id(), new Revision(2, Instant.EPOCH, "other"), stored.ruleSet(),
                ProjectYear.ofForm(theirs));

        draft.reload(latest);

        assertEquals(theirs, draft.project());
        assertFalse(draft.isDirty());
        draft.undo();
        assertEquals(mine, draft.project());
        assertTrue(draft.isDirty());
    }

    @Test
    void typingAnActualReleasesAPrintedScoreThatOnlyRestatedTheRulesAsTheDomainSays() throws InvalidEntry {
        assertEquals(Optional.of(new BigDecimal("5.00")), audit.indicators().get(1).manualScore());

        FormEntry typed = draft.typed(new IndicatorField(1, IndicatorColumn.ACTUAL), "0.4(次)");

        assertEquals(Optional.empty(), typed.form().indicators().get(1).manualScore());
        assertEquals(new BigDecimal("2.00"), draft.preview(typed).scorecard().indicator(1).score().orElseThrow());
    }

    @Test
    void typingDoesNotChangeTheDraftUntilApplied() throws InvalidEntry {
        draft.typed(new IndicatorField(1, IndicatorColumn.ACTUAL), "0.4(次)");

        assertEquals(audit, draft.project());
        assertFalse(draft.isDirty());
    }

    @Test
    void addIndicatorInsertsAtThePositionAndCanBeUndone() {
        Indicator added = Indicator.of("产出指标", "数量指标", "新指标", "≥1(次)", "", BigDecimal.ONE, null, "");

        draft.addIndicator(2, added);

        assertEquals(13, draft.project().indicators().size());
        assertEquals(added, draft.project().indicators().get(2));
        assertEquals(audit.indicators().get(2), draft.project().indicators().get(3));
        draft.undo();
        assertEquals(audit, draft.project());
    }

    @Test
    void removeIndicatorTakesTheRowOutAndRescores() {
        draft.removeIndicator(0);

        assertEquals(11, draft.project().indicators().size());
        assertEquals(audit.indicators().get(1), draft.project().indicators().get(0));
        assertEquals(new BigDecimal("79.32"), draft.review().scorecard().total().orElseThrow());
    }

    @Test
    void moveIndicatorSwapsWithTheNeighbourAndRefusesToLeaveTheTable() {
        assertTrue(draft.moveIndicator(0, 1));
        assertEquals(audit.indicators().get(1), draft.project().indicators().get(0));
        assertEquals(audit.indicators().get(0), draft.project().indicators().get(1));

        assertFalse(draft.moveIndicator(0, -1));
        assertFalse(draft.moveIndicator(11, 1));
        assertEquals(1, countUndos(), "a refused move is no edit");
    }

    private int countUndos() {
        int count = 0;
        while (draft.canUndo()) {
            draft.undo();
            count++;
        }
        return count;
    }
}
