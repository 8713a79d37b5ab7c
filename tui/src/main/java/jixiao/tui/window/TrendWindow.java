package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import jixiao.domain.trend.Trend;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.controller.RowCursor;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.TrendSheet;
import jixiao.tui.words.Words;

/**
 * The open project over the years side by side (F9 on its indicators), as {@code jixiao trend}
 * shows it: other years found by the project code, else by unit and name; each year read from its
 * self-evaluation, else its targets in force. ↑ ↓ and the page keys scroll.
 *
 * <pre>
 * 绩效 │ 历年对比 — 2025 财务专项审计和资产评估鉴定费
 * 年度                  2024            2025
 * 匹配方式              单位与项目名称… 本项目
 * …
 * F1 帮助  ↑↓ 翻看  Esc 返回
 * </pre>
 */
final class TrendWindow extends ScreenWindow {

    private final Trend trend;
    private final RowCursor top = new RowCursor();
    private int lines;
    private int height = 1;

    TrendWindow(Session session, Trend trend) {
        super(session);
        this.trend = trend;
    }

    @Override
    protected String title() {
        return Words.TREND.in(language) + " — " + trend.subject().year() + " " + trend.subject().name();
    }

    @Override
    protected List<Line> body(int width, int height) {
        List<Line> all = new TrendSheet(language, width).lines(trend);
        this.lines = all.size();
        this.height = Math.max(1, height);
        int from = Math.min(top.selected(), Math.max(0, all.size() - height));
        return all.subList(from, Math.min(all.size(), from + height));
    }

    /** The first lines the view can start at: scrolling stops once the last line is in view. */
    private int starts() {
        return Math.max(1, lines - height + 1);
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(Navigation.rows(top, this::starts, this::bodyHeight));
        bindings.add(KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::back).or(Key.character('q')));
        return new KeyMap(bindings);
    }
}
