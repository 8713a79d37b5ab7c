package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowHeightsTest {

    @Test
    void chineseTakesOneEmAndDigitsLessSoAColumnHoldsMoreDigits() {
        assertEquals(1, RowHeights.lines("项目名称", 8));
        assertEquals(2, RowHeights.lines("项目名称项目名称", 8));
        assertEquals(1, RowHeights.lines("12,345.00", 10));
    }

    @Test
    void anAmountNeedsTheUnitsItsDigitsTake() {
        assertTrue(RowHeights.units("9,949,038.00") >= 12, "twelve characters, at 0.64 em a digit");
        assertTrue(RowHeights.units("12,345,678.00") > RowHeights.units("9,949,038.00"));
        assertTrue(RowHeights.units("485.55") < RowHeights.units("9,949,038.00"));
    }

    @Test
    void aMergedCellTallerThanItsRowsMakesItsLastRowTaller() {
        Grid grid = new Grid("表", List.of(), new Grid.Heading("表", "", ""), List.of(4, 20), Grid.Orientation.PORTRAIT)
                .put(0, 0, 2, 1, Value.text("年度总体目标说明文字"), Grid.Style.LABEL)
                .put(0, 1, "一", Grid.Style.TEXT).put(1, 1, "二", Grid.Style.TEXT);
        double[] heights = RowHeights.of(grid);
        assertTrue(heights[1] > heights[0], heights[0] + " then " + heights[1]);
    }
}
