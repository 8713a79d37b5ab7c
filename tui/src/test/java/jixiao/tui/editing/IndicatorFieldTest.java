package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import jixiao.domain.project.FormKind;
import org.junit.jupiter.api.Test;

class IndicatorFieldTest {

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);

    @Test
    void aFieldReadsItsColumnOfItsIndicator() {
        assertEquals("内控风险评估次数", new IndicatorField(1, IndicatorColumn.NAME).read(audit));
        assertEquals("≥1(次)", new IndicatorField(1, IndicatorColumn.TARGET).read(audit));
        assertEquals("20.00", new IndicatorField(0, IndicatorColumn.WEIGHT).read(audit));
    }

    @Test
    void writingChangesThatIndicatorOnly() throws InvalidEntry {
        Project changed = new IndicatorField(1, IndicatorColumn.WEIGHT).write(audit, "6");

        assertEquals(Optional.of(new BigDecimal("6")), changed.indicators().get(1).weight());
        assertEquals(audit.indicators().get(0), changed.indicators().get(0));
        assertEquals(audit.indicators().get(2), changed.indicators().get(2));
        assertEquals(audit.funding(), changed.funding());
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedInBothLanguages() {
        InvalidEntry refused = assertThrows(InvalidEntry.class,
                () -> new IndicatorField(1, IndicatorColumn.WEIGHT).write(audit, " abc "));

        assertEquals("“abc” 不是数字（例：12.50 或 4,099,271.00）", refused.reason().zh());
        assertEquals("'abc' is not a number (e.g. 12.50 or 4,099,271.00)", refused.getMessage());
    }

    @Test
    void aBlankWeightClearsIt() throws InvalidEntry {
        assertEquals(Optional.empty(), new IndicatorField(1, IndicatorColumn.WEIGHT).write(audit, "").indicators().get(1).weight());
    }

    @Test
    void theLabelAndLinesAreTheColumns() {
        assertEquals(IndicatorColumn.ACTUAL.label(FormKind.SELF_EVALUATION),
                new IndicatorField(4, IndicatorColumn.ACTUAL).label(FormKind.SELF_EVALUATION));
        assertTrue(new IndicatorField(4, IndicatorColumn.DEVIATION).isMultiLine());
    }
}
