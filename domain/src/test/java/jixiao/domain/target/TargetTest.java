package jixiao.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    @ParameterizedTest(name = "{0} is {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "≥20.00(个)|AT_LEAST|20.00|个",
        ">=97%|AT_LEAST|97|%",
        "≧3次|AT_LEAST|3|次",
        "＞99%|MORE_THAN|99|%",
        "＞=95%|AT_LEAST|95|%",
        "<5件|LESS_THAN|5|件",
        "＜5件|LESS_THAN|5|件",
        "≤24小时|AT_MOST|24|小时",
        "<=24小时|AT_MOST|24|小时",
        "≦1天|AT_MOST|1|天",
        "=1次/季|EQUAL|1|次/季",
        "1400家|EQUAL|1400|家",
        ">10659.00 (条)|MORE_THAN|10659.00|条",
        "≥1,000,000.00(笔)|AT_LEAST|1000000.00|笔",
        "≥4000(卷(件))|AT_LEAST|4000|卷(件)",
        "＝１００％|EQUAL|100|%",
        "=100 (%)|EQUAL|100|%",
        "≥ 50.00 (人次)|AT_LEAST|50.00|人次",
        "≥4（个）|AT_LEAST|4|个",
        "=0(起)|EQUAL|0|起",
        "≤9.00(平方米)|AT_MOST|9.00|平方米",
        "'  ≥5(个)  '|AT_LEAST|5|个"})
    void readsAComparatorANumberAndAUnit(String text, Comparator comparator, String number, String unit) {
        Target.Quantitative target = assertInstanceOf(Target.Quantitative.class, Target.parse(text));
        assertEquals(comparator, target.comparator());
        assertEquals(new BigDecimal(number), target.quantity().number());
        assertEquals(unit, target.quantity().unit().text());
        assertEquals(text, target.text());
        assertTrue(target.isQuantitative());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "0.5", "1,000"})
    void aBareNumberHasNoUnitAndMeansEqual(String text) {
        Target.Quantitative target = assertInstanceOf(Target.Quantitative.class, Target.parse(text));
        assertEquals(Comparator.EQUAL, target.comparator());
        assertTrue(target.quantity().unit().isNone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时", "成本不超过预算", "逐步提高", "符合合同", "年底前", "一季度一次", "完善", "-", "不低于"})
    void wordsAreQualitative(String text) {
        Target target = Target.parse(text);
        assertEquals(new Target.Qualitative(text), target);
        assertFalse(target.isQuantitative());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "≥abc|no number after '≥'",
        "≥|no number after '≥'",
        "=>5|no number after '='",
        "≥5 5|more after the number 5: '5' (a range or a typo)",
        "90%-100%|more after the number 90: '%-100%' (a range or a typo)",
        "10,00|more after the number 10: ',00' (a range or a typo)",
        "1e5|more after the number 1: 'e5' (a range or a typo)",
        "≥5>3|more after the number 5: '>3' (a range or a typo)",
        "≥1234567890123456(个)|a number with too many digits: at most 15 before the point and 15 after it",
        "0.1234567890123456|a number with too many digits: at most 15 before the point and 15 after it"})
    void numericLookingTextThatDoesNotParseSaysWhy(String text, String reason) {
        Target.Unreadable target = assertInstanceOf(Target.Unreadable.class, Target.parse(text));
        assertEquals(reason, target.reason().en());
        assertFalse(target.reason().zh().isBlank());
        assertEquals(text, target.text());
    }

    @org.junit.jupiter.api.Test
    void aHugeTargetIsRefusedQuicklyAndItsReasonQuotesOnlyAnExcerpt() {
        String text = "≥1" + "0".repeat(1_000_000) + "(个)";
        Target.Unreadable target = assertInstanceOf(Target.Unreadable.class, Target.parse(text));
        assertTrue(target.reason().en().length() < 200, target.reason().en());
        Target.Unreadable tail = assertInstanceOf(Target.Unreadable.class, Target.parse("≥5 " + "x1".repeat(500_000)));
        assertTrue(tail.reason().en().length() < 200, tail.reason().en());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　", "\t\n"})
    void emptyOrWhitespaceIsBlankAndKeepsItsText(String text) {
        assertEquals(new Target.Blank(text), Target.parse(text));
    }

    @org.junit.jupiter.api.Test
    void aMissingTargetIsBlank() {
        assertEquals(new Target.Blank(""), Target.parse(null));
    }
}
