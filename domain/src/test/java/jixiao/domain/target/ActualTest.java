package jixiao.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActualTest {

    @ParameterizedTest(name = "{0} measures {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "144(个)|144|个", "0.38(%)|0.38|%", "98.5％|98.5|%", "460000.00(条)|460000.00|条",
        "１２|12|''", "=100%|100|%", "5.00(人次)|5.00|人次"})
    void aNumberWithAnOptionalUnitIsMeasured(String text, String number, String unit) {
        Actual.Measured actual = assertInstanceOf(Actual.Measured.class, Actual.parse(text));
        assertEquals(new BigDecimal(number), actual.quantity().number());
        assertEquals(unit, actual.quantity().unit().text());
        assertEquals(text, actual.text());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "达成指标|ACHIEVED", "达成|ACHIEVED", "已达成|ACHIEVED", "完成|ACHIEVED", "' 达成指标 '|ACHIEVED",
        "部分达成指标并具有一定效果|PARTLY_ACHIEVED", "部分达成|PARTLY_ACHIEVED",
        "未达成指标且效果较差|NOT_ACHIEVED", "未达成|NOT_ACHIEVED"})
    void theAchievementPhrasesAreRecognised(String text, Achievement achievement) {
        assertEquals(new Actual.Phrase(text, achievement), Actual.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"大部分能在预定时间内响应", "≥98%", "90%-100%", "基本达成"})
    void anythingElseIsDescribedForAPersonToScore(String text) {
        assertEquals(new Actual.Described(text), Actual.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "　"})
    void nothingWrittenIsMissing(String text) {
        assertEquals(new Actual.Missing(text), Actual.parse(text));
        assertEquals(new Actual.Missing(""), Actual.parse(null));
    }

    @Test
    void anActualRestatesItsTargetWhateverTheWidthOrSpacing() {
        assertTrue(Actual.parse("符合合同").restates(Target.parse("符合合同")));
        assertTrue(Actual.parse("＝１００％").restates(Target.parse("= 100%")));
        assertFalse(Actual.parse("符合合同约定").restates(Target.parse("符合合同")));
        assertFalse(Actual.parse("").restates(Target.parse("")), "nothing does not restate nothing");
    }
}
