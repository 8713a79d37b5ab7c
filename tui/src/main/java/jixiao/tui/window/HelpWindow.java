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
import jixiao.tui.words.Words;

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
            Words.HELP_TYPING,
            Words.HELP_PASTING,
            Words.HELP_SAVING);

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
        List<Line> legend = Line.wrapped(Words.HELP_LEGEND.in(language), Tone.HEADING, width);
        int room = Math.max(1, height - legend.size());
        top = Math.max(0, Math.min(top, content.size() - room));
        List<Line> lines = new ArrayList<>(content.subList(top, Math.min(content.size(), top + room)));
        int below = content.size() - top - room;
        if (below > 0) {
            lines.set(lines.size() - 1, Line.fitted(String.format(Words.HELP_MORE.in(language), below + 1), Tone.DIM, width));
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
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), Words.SCROLL_DOWN, () -> top++).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), Words.SCROLL_UP, () -> top = Math.max(0, top - 1))
                        .helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageDown, "PgDn"), Words.NEXT_PAGE, () -> top += page()),
                KeyBinding.of(Key.of(KeyType.PageUp, "PgUp"), Words.PREVIOUS_PAGE,
                        () -> top = Math.max(0, top - page())),
                KeyBinding.of(Key.of(KeyType.Home, "Home"), Words.HELP_TOP, () -> top = 0).helpOnly(),
                KeyBinding.of(Key.of(KeyType.End, "End"), Words.HELP_BOTTOM, () -> top = Integer.MAX_VALUE / 2)
                        .helpOnly()));
    }

    private int page() {
        return Math.max(1, bodyHeight() - 3);
    }
}
