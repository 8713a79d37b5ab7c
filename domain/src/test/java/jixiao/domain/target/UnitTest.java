package jixiao.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "(%)|%", "％|%", "（％）|%", "（个）|个", "' (人次) '|人次", "卷(件)|卷(件)", "(卷(件))|卷(件)",
        "次/季|次/季", "(个|(个", "(a)(b)|(a)(b)"})
    void dropsOneEnclosingPairOfBracketsAndFullWidthForms(String typed, String text) {
        assertEquals(text, Unit.of(typed).text());
    }

    @Test
    void nothingWrittenIsNone() {
        assertSame(Unit.NONE, Unit.of(" "));
        assertSame(Unit.NONE, Unit.of("()"));
        assertTrue(Unit.NONE.isNone());
    }

    @Test
    void onlyThePercentSignIsAPercentage() {
        assertTrue(Unit.of("（％）").isPercent());
        assertFalse(Unit.of("个").isPercent());
        assertFalse(Unit.NONE.isPercent());
    }

    @Test
    void unitsWrittenAlikeAreEqualAndHashAlike() {
        assertEquals(Unit.of("（个）"), Unit.of("(个)"));
        assertEquals(Unit.of("（个）").hashCode(), Unit.of("个").hashCode());
        assertNotEquals(Unit.of("个"), Unit.of("件"));
        assertNotEquals(Unit.of("个"), "个");
    }
}
