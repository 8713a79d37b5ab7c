package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnFitTest {

    private final Grid grid = new Grid("表", List.of(), new Grid.Heading("表", "", ""), List.of(10, 30, 12), Grid.Orientation.PORTRAIT)
            .put(0, 0, "名称", Grid.Style.LABEL)
            .put(0, 1, "说明", Grid.Style.TEXT)
            .put(0, 2, new Value.Money(new BigDecimal("4099271")), Grid.Style.NUMBER);

    @Test
    void theFormsOwnWidthsStayWhereTheyFit() {
        assertEquals(List.of(10, 30, 12), ColumnFit.widths(grid, 60));
    }

    @Test
    void columnsGiveUpRoomInProportionButAFigureKeepsItsWidth() {
        List<Integer> widths = ColumnFit.widths(grid, 40);
        assertEquals(40, widths.stream().mapToInt(Integer::intValue).sum());
        assertEquals(12, widths.get(2), "4,099,271.00 is 12 columns");
        assertEquals(List.of(7, 21, 12), widths);
    }

    @Test
    void whereNothingCanGiveTheFormIsWiderThanAskedRatherThanCut() {
        assertEquals(List.of(2, 2, 12), ColumnFit.widths(grid, 10));
    }
}
