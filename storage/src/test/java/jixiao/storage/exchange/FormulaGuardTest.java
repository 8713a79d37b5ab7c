package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "''{0}'' is written ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+1|'=1+1",
        "+5%|'+5%",
        "-|'-",
        "@SUM(A1)|'@SUM(A1)",
        "'=x|''=x",
        "-5|-5",
        "-3.50|-3.50",
        "5|5",
        "'abc|'abc",
        "≥20.00(个)|≥20.00(个)"})
    void textThatStartsAFormulaGetsAnApostropheAndNumbersDoNot(String cell, String written) {
        assertEquals(written, FormulaGuard.neutralised(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")", "''-2", "'", "", "-1e5", "+", "正常文字"})
    void everyCellReadsBackAsItWas(String cell) {
        assertEquals(cell, FormulaGuard.unneutralised(FormulaGuard.neutralised(cell)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t=cmd", "\r=cmd"})
    void aLeadingTabOrCarriageReturnIsNeutralisedToo(String cell) {
        assertEquals("'" + cell, FormulaGuard.neutralised(cell));
    }
}
