package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import jixiao.domain.language.Columns;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void chineseBreaksAnywhereButNeverInsideACharacter() {
        assertEquals(List.of("年度总", "体目标"), TextWrap.lines("年度总体目标", 6));
        assertEquals(List.of("年度", "总体", "目标"), TextWrap.lines("年度总体目标", 5));
    }

    @Test
    void theTextsOwnLineBreaksAreKeptAndEmptyTextTakesNoLine() {
        assertEquals(List.of("ab", "c"), TextWrap.lines("ab\nc", 10));
        assertEquals(List.of(), TextWrap.lines("", 10));
    }

    @Test
    void aFullStopOrCommaIsNeverFirstOnALineButTakesTheCharacterBeforeWithIt() {
        assertEquals(List.of("完成目", "标。"), TextWrap.lines("完成目标。", 6));
        assertEquals(List.of("甲乙", "丙，丁"), TextWrap.lines("甲乙丙，丁", 6));
        assertEquals(List.of("甲乙", "丙。）"), TextWrap.lines("甲乙丙。）", 6));
    }

    @Test
    void anOpeningBracketIsNeverLastOnALine() {
        assertEquals(List.of("甲乙", "（丙）"), TextWrap.lines("甲乙（丙）", 6));
    }

    @Test
    void whereCarryingDownCannotHelpThePunctuationStaysRatherThanTheTextBeingCut() {
        assertEquals(List.of("甲", "。"), TextWrap.lines("甲。", 2));
    }

    @Test
    void generatedTextWrapsWithinTheWidthAndLosesNothing() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "甲乙丙丁。，、（）《》ab1 2.%≥";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int width = 2 + random.nextInt(12);
            List<String> lines = TextWrap.lines(text.toString(), width);
            assertEquals(text.toString(), String.join("", lines), "seed " + seed + ": nothing lost from '" + text + "'");
            for (String line : lines) {
                assertTrue(Columns.width(line) <= width, "seed " + seed + ": '" + line + "' wider than " + width);
            }
        }
    }
}
