package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypingTest {

    @Test
    void aSuggestionIsReplacedByTheFirstCharacterTyped() {
        Typing typing = Typing.replacing("2024", false);
        assertTrue(typing.isReplacing());

        typing.insert("2");
        typing.insert("0");

        assertEquals("20", typing.text());
        assertFalse(typing.isReplacing());
    }

    @Test
    void aValueOpenedForEditingTakesTypingAtItsEnd() {
        Typing typing = Typing.editing("100.00(%)", false);

        typing.insert("0");

        assertEquals("100.00(%)0", typing.text());
        assertEquals(10, typing.caret());
    }

    @Test
    void movingTheCaretTurnsASuggestionIntoTextToEdit() {
        Typing typing = Typing.replacing("2024", false);

        typing.left();
        typing.insert("5");

        assertEquals("20254", typing.text());
    }

    @Test
    void backspaceOnASuggestionClearsIt() {
        Typing typing = Typing.replacing("上海市医疗保障局", false);

        typing.backspace();

        assertEquals("", typing.text());
    }

    @Test
    void oneLineFoldsLineBreaksToSpacesAndDropsTheTrailingOnes() {
        Typing typing = Typing.editing("", false);

        typing.insert("85.00\r\n(个)\t备注\n\n");

        assertEquals("85.00 (个) 备注", typing.text());
        typing.newLine();
        assertEquals("85.00 (个) 备注", typing.text(), "no line break in one line");
    }

    @Test
    void multiLineKeepsLineBreaksFromAnyProgram() {
        Typing typing = Typing.editing("", true);

        typing.insert("第一行\r\n第二行\r第三行");
        typing.newLine();

        assertEquals("第一行\n第二行\n第三行\n", typing.text());
    }

    @Test
    void homeAndEndGoToTheStartAndEndOfTheCaretsLine() {
        Typing typing = Typing.editing("一二\n三四五", true);

        typing.home();
        assertEquals(3, typing.caret());
        typing.up(80);
        typing.end();
        assertEquals(2, typing.caret());
    }

    @Test
    void rowsBreakAtLineBreaksAndWhereAWideCharacterNoLongerFits() {
        Typing typing = Typing.editing("一二三\nab", true);

        List<Typing.Row> rows = typing.rows(5);

        assertEquals(List.of(new Typing.Row(0, 2), new Typing.Row(2, 3), new Typing.Row(4, 6)), rows);
        assertEquals(2, typing.caretRow(rows));
        assertEquals(2, typing.caretColumn(rows));
    }

    @Test
    void upAndDownKeepTheColumnAcrossRows() {
        Typing typing = Typing.editing("abcdef\n一二三", true);
        typing.up(80);
        assertEquals(6, typing.caret(), "from column 6 of 一二三 to column 6 of abcdef");

        assertTrue(typing.down(80));
        assertEquals(10, typing.caret());
        assertFalse(typing.down(80), "nothing below the last row");
    }

    @Test
    void aSurrogatePairIsOneCharacterToTheCaret() {
        Typing typing = Typing.editing("a\uD840\uDC0Bb", false);

        typing.left();
        typing.left();
        assertEquals(1, typing.caret());
        typing.delete();
        assertEquals("ab", typing.text());
    }
}
