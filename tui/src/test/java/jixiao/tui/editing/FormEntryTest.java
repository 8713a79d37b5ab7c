package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.TargetChange;
import jixiao.domain.target.Target;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class FormEntryTest {

    private final WholeProjectFunding whole = WholeProjectFunding.of(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1"));
    private final ProjectYear declared = ProjectYear.of(new Declaration(Examples.declaration("工作服置装费"), whole));

    private static StoredProject stored(ProjectYear year) {
        return new StoredProject(1, new Revision(1, Instant.EPOCH, "test"), RuleSets.national2020(), year);
    }

    @Test
    void aDeclarationIsTypedWithItsWholeProjectsFunding() {
        FormEntry entry = FormEntry.of(stored(declared));

        assertEquals(whole, entry.wholeProject());
        assertEquals(declared.latestForm(), entry.form());
    }

    @Test
    void everyLaterStageIsTypedThroughItsFormAlone() {
        assertEquals(WholeProjectFunding.EMPTY, FormEntry.of(stored(declared.startSelfEvaluation())).wholeProject());
    }

    @Test
    void anAdjustmentIsStoredAsTheTargetsThatDifferFromTheDeclarationsWithItsReasonAndDate() throws InvalidEntry {
        ProjectYear adjusting = declared.startAdjustment();
        FormEntry entry = FormEntry.of(stored(adjusting));
        entry = new IndicatorField(1, IndicatorColumn.TARGET).write(entry, "≥5(套)");
        entry = AdjustmentField.REASON.write(entry, "新增窗口人员");
        entry = AdjustmentField.APPROVED_ON.write(entry, "2025-06-30");

        Adjustment adjusted = (Adjustment) entry.asStageOf(adjusting);
        assertEquals(List.of(new TargetChange(1, Target.parse("≥5(套)"))), adjusted.targets());
        assertEquals("新增窗口人员", adjusted.reason());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), adjusted.approvedOn());
    }

    @Test
    void aDeclarationIsStoredWithItsWholeProjectsFunding() {
        FormEntry entry = FormEntry.of(stored(declared)).withWholeProject(WholeProjectFunding.EMPTY);

        assertEquals(new Declaration(declared.latestForm(), WholeProjectFunding.EMPTY), entry.asStageOf(declared));
    }
}
