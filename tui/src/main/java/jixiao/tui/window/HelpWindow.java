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
 * then how saving and the marks work.
 *
 * <pre>
 * 绩效 │ 按键说明 — 绩效指标
 * Enter    修改当前格
 * Ctrl-S/F2 保存
 * …
 * </pre>
 */
final class HelpWindow extends ScreenWindow {

    private static final List<Bilingual> NOTES = List.of(
            new Bilingual("保存：修改先留在屏幕上，按 Ctrl-S 或 F2 写入数据库；离开有未保存修改的项目时会询问。",
                    "Saving: edits stay on screen until Ctrl-S or F2 writes them; leaving a project with unsaved edits asks first."),
            new Bilingual("输入时每按一键，得分、总分和等级立即重算；Enter 确认，Tab 确认并到下一格，Esc 放弃，Ctrl-U 清空。",
                    "While typing, scores, total and grade follow every key; Enter keeps, Tab keeps and moves on, Esc drops, Ctrl-U clears."),
            new Bilingual("标记：错 = 错误，疑 = 提醒，≠ = 与表上印的数不一致；得分后的 * 表示人工评分。",
                    "Marks: E = error, W = warning, ≠ = differs from the printed figure; * after a score: set by hand."));

    private final String screen;
    private final KeyMap shown;

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
        return new KeyMap(List.of(KeyBinding.of(Key.of(KeyType.Escape, "Esc"), new Bilingual("返回", "back"), this::back)
                .or(Key.character('q'))));
    }
}
