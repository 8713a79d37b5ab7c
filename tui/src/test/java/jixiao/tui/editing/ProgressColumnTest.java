package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.Likelihood;
import org.junit.jupiter.api.Test;

class ProgressColumnTest {

    @Test
    void theLikelihoodIsPickedByItsWordsOrItsNumber() throws InvalidEntry {
        assertEquals(Optional.of(Likelihood.CERTAIN), ProgressColumn.likelihood("1"));
        assertEquals(Optional.of(Likelihood.IMPOSSIBLE), ProgressColumn.likelihood("３"), "full-width digits too");
        assertEquals(Optional.of(Likelihood.POSSIBLE), ProgressColumn.likelihood("有可能"));
        assertEquals(Optional.empty(), ProgressColumn.likelihood("  "));
        InvalidEntry refused = assertThrows(InvalidEntry.class, () -> ProgressColumn.likelihood("4"));
        assertTrue(refused.reason().zh().contains("1 确定能 / 2 有可能 / 3 完全不可能"), refused.reason().zh());
    }

    @Test
    void causesArePickedByWordsOrNumbersApartByCommasOrSpaces() throws InvalidEntry {
        assertEquals(Set.of(Cause.FUNDING, Cause.STAFF, Cause.OTHER), ProgressColumn.causes("1、人员保障，5"));
        assertEquals(Set.of(), ProgressColumn.causes(""));
        assertThrows(InvalidEntry.class, () -> ProgressColumn.causes("1 天气"));
    }

    @Test
    void eachColumnReadsAndWritesItsPartOfTheRow() throws InvalidEntry {
        IndicatorProgress row = IndicatorProgress.EMPTY;
        for (ProgressColumn column : ProgressColumn.values()) {
            row = column.write(row, switch (column) {
                case LIKELIHOOD -> "2";
                case CAUSES -> "2 4";
                default -> column.name().toLowerCase();
            });
        }

        assertEquals("progress", ProgressColumn.PROGRESS.read(row));
        assertEquals("forecast", ProgressColumn.FORECAST.read(row));
        assertEquals("有可能", ProgressColumn.LIKELIHOOD.read(row));
        assertEquals("制度保障、硬件条件保障", ProgressColumn.CAUSES.read(row));
        assertEquals("cause_note", ProgressColumn.CAUSE_NOTE.read(row));
        assertEquals("correction", ProgressColumn.CORRECTION.read(row));
        assertTrue(ProgressColumn.CAUSE_NOTE.isMultiLine() && !ProgressColumn.PROGRESS.isMultiLine());
    }
}
