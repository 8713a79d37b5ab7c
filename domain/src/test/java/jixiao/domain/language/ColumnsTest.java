package jixiao.domain.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnsTest {

    @ParameterizedTest(name = "{0} is {1} columns wide")
    @CsvSource(delimiter = '|', value = {
        "abc|3",
        "成本节约率|10",
        "≥20.00(个)|10",
        "（名称缺失）|12",
        "＝１００％|10",
        "优|2"})
    void chineseCharactersTakeTwoColumnsAndComparatorsOne(String text, int columns) {
        assertEquals(columns, Columns.width(text));
    }

    @Test
    void shortTextIsPaddedToTheExactWidth() {
        assertEquals("数量指标  ", Columns.fit("数量指标", 10));
        assertEquals(10, Columns.width(Columns.fit("数量指标", 10)));
    }

    @Test
    void longTextIsCutWithAnEllipsisAndNeverSplitsAWideCharacter() {
        String cut = Columns.fit("上海耗材编码与国家编码映射完成率", 10);
        assertEquals("上海耗材… ", cut);
        assertEquals(10, Columns.width(cut));
    }

    @Test
    void numbersAlignOnTheRight() {
        assertEquals("  2.00", Columns.fitRight("2.00", 6));
    }

    @Test
    void nothingFitsInNoColumns() {
        assertEquals("", Columns.fit("任何", 0));
    }
}
