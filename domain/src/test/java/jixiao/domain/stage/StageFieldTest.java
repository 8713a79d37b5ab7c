package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;

class StageFieldTest {

    @Test
    void eachFieldHasThePapersWordsAndItsExchangeKey() {
        assertEquals("cause_note", StageField.CAUSE_NOTE.key());
        assertEquals(new Bilingual("纠偏措施", "Correction"), StageField.CORRECTION.label());
        assertEquals("全年预计执行数", StageField.EXPECTED_SPENDING.label().zh());
    }

    @Test
    void theMonthOfTheReturnGoesIntoTheLabelsThatCountToIt() {
        MonitoringReturn july = MonitoringReturn.start(Years.declared(), Month.JULY);
        assertEquals(new Bilingual("1–7月实际完成值", "Progress to Jul"), StageField.PROGRESS.label(july));
        assertEquals("1–7月执行数", StageField.EXECUTED_TO_MONTH.label(july).zh());
        assertEquals(StageField.LIKELIHOOD.label(), StageField.LIKELIHOOD.label(july));
    }
}
