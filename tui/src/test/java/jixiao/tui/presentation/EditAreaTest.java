package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jixiao.domain.language.Columns;
import jixiao.tui.editing.Typing;
import org.junit.jupiter.api.Test;

class EditAreaTest {

    @Test
    void oneLineShowsTheLabelTheTextAndTheCursorAfterIt() {
        Typing typing = Typing.editing("1.00(次)", false);

        EditArea.Shown shown = EditArea.of("实际完成值: ", typing, 40, 9);

        assertEquals(1, shown.lines().size());
        assertEquals("实际完成值: 1.00(次)", shown.lines().get(0).text().stripTrailing());
        assertEquals(Columns.width("实际完成值: 1.00(次)"), shown.cursorColumn());
        assertEquals(40, Columns.width(shown.lines().get(0).text()));
    }

    @Test
    void aSuggestionToBeReplacedIsMarked() {
        EditArea.Shown shown = EditArea.of("年度: ", Typing.replacing("2024", false), 40, 9);

        assertEquals(new Segment("2024", Tone.CURSOR), shown.lines().get(0).segments().get(1));
    }

    @Test
    void aLongOneLineTextScrollsToKeepTheCaretInView() {
        Typing typing = Typing.editing("城乡居民基本医疗保险参保人员满意度调查覆盖率", false);

        EditArea.Shown shown = EditArea.of("三级指标: ", typing, 30, 9);

        String line = shown.lines().get(0).text();
        assertTrue(line.contains("覆盖率"), line);
        assertTrue(shown.cursorColumn() < 30, "cursor at " + shown.cursorColumn());
    }

    @Test
    void aNoteIsItsLabelOverTheWrappedTextWithTheCursorInIt() {
        Typing typing = Typing.editing("受疫情影响，审计项目推迟。\n改进措施：提前招标。", true);

        EditArea.Shown shown = EditArea.of("偏差原因分析及改进措施: ", typing, 20, 9);

        assertEquals("偏差原因分析及改进…", shown.lines().get(0).text().stripTrailing());
        assertEquals("受疫情影响，审计项", shown.lines().get(1).text().stripTrailing());
        assertEquals("目推迟。", shown.lines().get(2).text().stripTrailing());
        assertEquals("改进措施：提前招标", shown.lines().get(3).text().stripTrailing());
        assertEquals("。", shown.lines().get(4).text().stripTrailing());
        assertEquals(4, shown.cursorRow());
        assertEquals(2, shown.cursorColumn());
    }

    @Test
    void aShortNoteStillGetsAFewRowsAndALongOneNoMoreThanAllowed() {
        assertEquals(4, EditArea.of("说明: ", Typing.editing("短", true), 40, 9).lines().size());
        EditArea.Shown tall = EditArea.of("说明: ", Typing.editing("一\n二\n三\n四\n五\n六\n七\n八\n九\n十", true), 40, 5);
        assertEquals(5, tall.lines().size());
        assertEquals("十", tall.lines().get(4).text().stripTrailing(), "scrolled to the caret at the end");
        assertEquals(4, tall.cursorRow());
    }
}
