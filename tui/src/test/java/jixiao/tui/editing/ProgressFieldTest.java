package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jixiao.domain.stage.MonitoringReturn;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class ProgressFieldTest {

    private final MonitoringReturn july = Examples.justStartedMonitoring("工作服置装费").year().monitoring().orElseThrow();

    @Test
    void aCellWritesItsOwnRowAndLeavesTheOthers() throws InvalidEntry {
        MonitoringReturn typed = new ProgressField(1, ProgressColumn.PROGRESS).write(july, " 2(套) ");

        assertEquals("2(套)", typed.progress(1).progress().text());
        assertEquals("", typed.progress(0).progress().text());
        assertEquals("2(套)", new ProgressField(1, ProgressColumn.PROGRESS).read(typed));
    }

    @Test
    void theLabelCarriesTheMonthsOfTheReturn() {
        assertEquals("1–7月实际完成值", new ProgressField(0, ProgressColumn.PROGRESS).label(july).zh());
        assertEquals("全年预计完成值", new ProgressField(0, ProgressColumn.FORECAST).label(july).zh());
    }
}
