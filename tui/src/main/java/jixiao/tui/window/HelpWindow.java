package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Bilingual;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Tone;
import jixiao.tui.presentation.Words;

/**
 * F1 on any screen: every key of that screen with what it does (and why it is unavailable now),
 * then how typing, pasting and saving work. The list scrolls; the legend of the marks stays at
 * the bottom, so a small terminal never loses it.
 *
 * <pre>
 * 绩效 │ 按键说明 — 2024 某项目  某单位
 * F1         帮助
 * Enter/F2   修改
 * …                                   （↓ PgDn 还有 12 行）
 * 标记：错 = 错误，疑 = 提醒，≠ = 与表上印的数不一致；得分后的 * 表示人工评分。
 * ↑↓ PgUp PgDn 翻看  Esc 返回
 * </pre>
 */
final class HelpWindow extends ScreenWindow {

    private static final List<Bilingual> NOTES = List.of(
            new Bilingual("输入：在格子上直接打字即替换原值；Enter 或 F2 修改原值（光标在末尾）；"
                    + "Enter 确认并留在本格，Tab 确认并右移，Shift-Tab 左移，Esc 放弃并恢复原值，Ctrl-U 清空。"
                    + "偏差说明和目标可写多行：Alt-Enter 换行。得分、总分和等级随每一键重算。",
                    "Typing: type on a cell to replace its value; Enter or F2 edits it (the caret at the end); "
                    + "Enter keeps and stays, Tab keeps and moves right, Shift-Tab left, Esc drops the typing, Ctrl-U clears. "
                    + "Notes and goals take several lines: Alt-Enter starts one. Scores, total and grade follow every key."),
            new Bilingual("粘贴：输入时粘贴的文字整段放进本格（多行栏保留换行，单行栏换行变空格）；"
                    + "在格子上粘贴即替换该格；粘贴的文字从不当作按键。",
                    "Pasting: while typing, the whole text goes into the field (line breaks kept in notes and goals, "
                    + "spaces elsewhere); on a cell it replaces the value; pasted text never acts as keys."),
            new Bilingual("保存：修改先留在屏幕上，按 Ctrl-S 写入数据库；离开有未保存修改的项目时会询问。"
                    + "在格子屏幕上字母键用于输入，所以用 Esc 返回；其他屏幕 q 也可返回。",
                    "Saving: edits stay on screen until Ctrl-S writes them; leaving a project with unsaved edits asks first. "
                    + "On screens of cells letters type, so Esc goes back; elsewhere q does too."));
    private static final Bilingual LEGEND = new Bilingual("标记：错 = 错误，疑 = 提醒，≠ = 与表上印的数不一致；得分后的 * 表示人工评分。",
            "Marks: E = error, W = warning, ≠ = differs from the printed figure; * after a score: set by hand.");
    private static final Bilingual MORE = new Bilingual("（↓ PgDn 还有 %d 行）", "(↓ PgDn: %d more lines)");

    private final String screen;
    private final KeyMap shown;
    private int top;

    HelpWindow(Session session, String screen, KeyMap shown) {
        super(session);
        this.screen = screen;
        this.shown = shown;
    }

    @Override
    protected String title() {
        return Words.HELP.in(language) + " — " + screen;
    }

    @Override
    protected List<Line> body(int width, int height) {
        List<Line> content = content(width);
        List<Line> legend = Line.wrapped(LEGEND.in(language), Tone.HEADING, width);
        int room = Math.max(1, height - legend.size());
        top = Math.max(0, Math.min(top, content.size() - room));
        List<Line> lines = new ArrayList<>(content.subList(top, Math.min(content.size(), top + room)));
        int below = content.size() - top - room;
        if (below > 0) {
            lines.set(lines.size() - 1, Line.fitted(String.format(MORE.in(language), below + 1), Tone.DIM, width));
        }
        while (lines.size() < room) {
            lines.add(Line.fitted("", Tone.NORMAL, width));
        }
        lines.addAll(legend);
        return lines;
    }

    private List<Line> content(int width) {
        List<Line> lines = new ArrayList<>();
        for (String line : shown.help(language)) {
            lines.addAll(Line.wrapped(line, Tone.NORMAL, width));
        }
        lines.add(Line.fitted("", Tone.NORMAL, width));
        for (Bilingual note : NOTES) {
            lines.addAll(Line.wrapped(note.in(language), Tone.DIM, width));
        }
        return lines;
    }

    @Override
    protected KeyMap keyMap() {
        return new KeyMap(List.of(
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::back).or(Key.character('q')),
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), new Bilingual("向下翻看", "scroll down"), () -> top++).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), new Bilingual("向上翻看", "scroll up"), () -> top = Math.max(0, top - 1))
                        .helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageDown, "PgDn"), new Bilingual("下一页", "next page"), () -> top += page()),
                KeyBinding.of(Key.of(KeyType.PageUp, "PgUp"), new Bilingual("上一页", "previous page"),
                        () -> top = Math.max(0, top - page())),
                KeyBinding.of(Key.of(KeyType.Home, "Home"), new Bilingual("开头", "top"), () -> top = 0).helpOnly(),
                KeyBinding.of(Key.of(KeyType.End, "End"), new Bilingual("末尾", "bottom"), () -> top = Integer.MAX_VALUE / 2)
                        .helpOnly()));
    }

    private int page() {
        return Math.max(1, bodyHeight() - 3);
    }
}
