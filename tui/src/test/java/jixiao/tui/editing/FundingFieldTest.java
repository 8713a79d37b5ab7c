package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import jixiao.domain.project.FormKind;
import org.junit.jupiter.api.Test;

class FundingFieldTest {

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);
    private final FundingField executed = new FundingField(FundingSource.TOTAL, FundingColumn.EXECUTED);

    @Test
    void readsTheAmountAsPrinted() {
        assertEquals("47.34", executed.read(audit));
        assertEquals("0.00", new FundingField(FundingSource.OTHER, FundingColumn.INITIAL).read(audit));
    }

    @Test
    void thousandsSeparatorsAndFullWidthDigitsAreAccepted() throws InvalidEntry {
        assertEquals(Optional.of(new BigDecimal("4099271.00")),
                executed.write(audit, "4,099,271.00").funding().total().executed());
        assertEquals(Optional.of(new BigDecimal("4099271.00")),
                executed.write(audit, "４，０９９，２７１．００").funding().total().executed());
    }

    @Test
    void writingChangesThatCellOnly() throws InvalidEntry {
        Project changed = executed.write(audit, "40.64");

        assertEquals(Optional.of(new BigDecimal("40.64")), changed.funding().total().executed());
        assertEquals(audit.funding().total().adjusted(), changed.funding().total().adjusted());
        assertEquals(audit.funding().line(FundingSource.FISCAL), changed.funding().line(FundingSource.FISCAL));
    }

    @Test
    void aBlankAmountClearsTheCellAndTextIsRefused() throws InvalidEntry {
        assertEquals(Optional.empty(), executed.write(audit, "").funding().total().executed());
        InvalidEntry refused = assertThrows(InvalidEntry.class, () -> executed.write(audit, "四十"));
        assertEquals("“四十” 不是数字（例：12.50 或 4,099,271.00）", refused.reason().zh());
    }

    @Test
    void theLabelNamesTheLineAndTheColumnAsTheSelfEvaluationPrintsThem() {
        assertEquals("年度资金总额 全年执行数", executed.label(FormKind.SELF_EVALUATION).zh());
        assertEquals("total, executed", executed.label(FormKind.SELF_EVALUATION).en());
        assertEquals("其中：当年财政拨款 年初预算数",
                new FundingField(FundingSource.FISCAL, FundingColumn.INITIAL).label(FormKind.SELF_EVALUATION).zh());
    }

    @Test
    void theDeclarationAsksForTheTotalApplied() {
        assertEquals("年度资金申请总额",
                new FundingField(FundingSource.TOTAL, FundingColumn.INITIAL).label(FormKind.DECLARATION).zh());
        assertEquals("上年结转资金",
                new FundingField(FundingSource.CARRYOVER, FundingColumn.INITIAL).label(FormKind.DECLARATION).zh());
    }
}
