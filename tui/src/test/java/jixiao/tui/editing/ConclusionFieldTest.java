package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class ConclusionFieldTest {

    private final MonitoringReturn july = Examples.justStartedMonitoring("工作服置装费").year().monitoring().orElseThrow();

    @Test
    void whetherToRectifyIsYesNoOrNotAnsweredYet() throws InvalidEntry {
        assertEquals(Optional.of(true), ConclusionField.RECTIFY.write(july, "是").conclusion().rectify());
        assertEquals(Optional.of(false), ConclusionField.RECTIFY.write(july, "No").conclusion().rectify());
        assertEquals(Optional.empty(), ConclusionField.RECTIFY.write(july, " ").conclusion().rectify());
        assertEquals("否", ConclusionField.RECTIFY.read(ConclusionField.RECTIFY.write(july, "n")));
        assertThrows(InvalidEntry.class, () -> ConclusionField.RECTIFY.write(july, "也许"));
    }

    @Test
    void theTextsGoWhereThePaperPutsThem() throws InvalidEntry {
        MonitoringReturn typed = ConclusionField.BUDGET_CAUSE.write(july, "采购延后\n八月付款");
        typed = ConclusionField.SUMMARY.write(typed, "进展顺利");
        typed = ConclusionField.RECTIFY_NOTE.write(typed, "加快采购");

        assertEquals("采购延后\n八月付款", typed.budgetCause());
        assertEquals("进展顺利", typed.conclusion().summary());
        assertEquals("加快采购", typed.conclusion().rectifyNote());
        assertEquals("预算执行偏差原因", ConclusionField.BUDGET_CAUSE.label(july).zh());
    }
}
