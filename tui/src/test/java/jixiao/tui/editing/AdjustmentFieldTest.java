package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import jixiao.domain.project.FormKind;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class AdjustmentFieldTest {

    private final FormEntry blank = FormEntry.of(Examples.declaration("工作服置装费"));

    @Test
    void theReasonIsTextOnSeveralLinesAndTheDateACalendarDate() throws InvalidEntry {
        FormEntry typed = AdjustmentField.REASON.write(blank, " 采购数量按实际人数调整\n经局党组审议 ");
        typed = AdjustmentField.APPROVED_ON.write(typed, "2025年6月30日");

        assertEquals("采购数量按实际人数调整\n经局党组审议", typed.adjustmentReason());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), typed.approvedOn());
        assertEquals("2025-06-30", AdjustmentField.APPROVED_ON.read(typed));
        assertTrue(AdjustmentField.REASON.isMultiLine());
        assertEquals(blank.form(), typed.form());
    }

    @Test
    void aDayTheCalendarDoesNotHaveIsRefusedAndBlankClearsTheDate() throws InvalidEntry {
        assertThrows(InvalidEntry.class, () -> AdjustmentField.APPROVED_ON.write(blank, "2025年2月30日"));
        FormEntry dated = AdjustmentField.APPROVED_ON.write(blank, "2025-06-30");
        assertEquals(Optional.empty(), AdjustmentField.APPROVED_ON.write(dated, " ").approvedOn());
    }

    @Test
    void theLabelsAreTheAdjustmentPapers() {
        assertEquals("调整原因", AdjustmentField.REASON.label(FormKind.DECLARATION).zh());
        assertEquals("批复日期", AdjustmentField.APPROVED_ON.label(FormKind.DECLARATION).zh());
    }
}
