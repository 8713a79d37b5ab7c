package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.project.Indicator;
import jixiao.domain.target.Target;
import jixiao.domain.project.FormKind;
import org.junit.jupiter.api.Test;

class IndicatorColumnTest {

    private final Indicator indicator = Indicator.of("产出指标", "数量指标", "审计项目数", "≥20(个)", "18(个)",
            new BigDecimal("10.00"), new BigDecimal("9.00"), "");

    @Test
    void eachColumnReadsItsPartOfTheIndicator() {
        assertEquals("产出指标", IndicatorColumn.LEVEL1.read(indicator));
        assertEquals("数量指标", IndicatorColumn.LEVEL2.read(indicator));
        assertEquals("审计项目数", IndicatorColumn.NAME.read(indicator));
        assertEquals("≥20(个)", IndicatorColumn.TARGET.read(indicator));
        assertEquals("18(个)", IndicatorColumn.ACTUAL.read(indicator));
        assertEquals("10.00", IndicatorColumn.WEIGHT.read(indicator));
        assertEquals("9.00", IndicatorColumn.SCORE.read(indicator));
        assertEquals("", IndicatorColumn.DEVIATION.read(indicator));
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedWithAReasonInBothLanguages() {
        InvalidEntry refused = assertThrows(InvalidEntry.class, () -> IndicatorColumn.WEIGHT.write(indicator, "abc"));

        assertEquals("“abc” 不是数字（例：12.50 或 4,099,271.00）", refused.reason().zh());
        assertEquals("'abc' is not a number (e.g. 12.50 or 4,099,271.00)", refused.reason().en());
    }

    @Test
    void aBlankWeightOrScoreClearsIt() throws InvalidEntry {
        assertEquals(Optional.empty(), IndicatorColumn.WEIGHT.write(indicator, "  ").weight());
        assertEquals(Optional.empty(), IndicatorColumn.SCORE.write(indicator, "").manualScore());
    }

    @Test
    void aWeightKeepsItsDecimalsAndReadsFullWidthDigits() throws InvalidEntry {
        assertEquals(Optional.of(new BigDecimal("12.50")), IndicatorColumn.WEIGHT.write(indicator, "１２.５０").weight());
    }

    @Test
    void namesAreStrippedAndTargetsKeptAsTyped() throws InvalidEntry {
        assertEquals("内控评估", IndicatorColumn.NAME.write(indicator, "  内控评估 ").name());
        assertEquals(Target.parse("＞＝９０％"), IndicatorColumn.TARGET.write(indicator, "＞＝９０％").target());
        assertEquals("有说明", IndicatorColumn.DEVIATION.write(indicator, "有说明\n").deviation());
    }

    @Test
    void onlyTheDeviationNoteIsWrittenOnSeveralLines() {
        for (IndicatorColumn column : IndicatorColumn.values()) {
            assertEquals(column == IndicatorColumn.DEVIATION, column.isMultiLine(), column.name());
        }
    }

    @Test
    void theLabelsAreTheFormsColumnHeadings() {
        assertEquals("年度指标值", IndicatorColumn.TARGET.label(FormKind.SELF_EVALUATION).zh());
        assertEquals("年度(/项目)指标值", IndicatorColumn.TARGET.label(FormKind.DECLARATION).zh());
        assertEquals("偏差原因分析及改进措施", IndicatorColumn.DEVIATION.label(FormKind.SELF_EVALUATION).zh());
        assertEquals("Weight", IndicatorColumn.WEIGHT.label(FormKind.SELF_EVALUATION).en());
    }
}
