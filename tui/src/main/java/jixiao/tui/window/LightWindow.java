package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.editing.MonitoringDraft;
import jixiao.tui.presentation.LightSheet;
import jixiao.tui.presentation.Line;
import jixiao.tui.words.Words;

/**
 * How a monitoring light comes about (F3 on the monitoring return): the project light, then the
 * budget light or one indicator's, each step in the domain's words; ↑ and ↓ go through the indicators.
 *
 * <pre>
 * 绩效 │ 预警灯说明 — 运行监控 1–7月
 * 项目灯 黄
 *   …
 * 2. 产出指标 / 数量指标 / 购置套数
 * 年度指标值 ≥4(套)    1–7月实际完成值 2(套)    完成目标可能性 有可能
 * 规则: 累计类数量指标按时间进度：…
 *   1–7月 2 套 ÷ (4 套 × 7/12) = 85.71% → 绿
 * 灯 绿
 * F1 帮助  ↑ 上一个指标  ↓ 下一个指标  Esc 返回
 * </pre>
 */
final class LightWindow extends ScreenWindow {

    private final MonitoringDraft draft;
    private Optional<Integer> index;

    /** {@code index}: the indicator whose light is explained, or empty for the budget light. */
    LightWindow(Session session, MonitoringDraft draft, Optional<Integer> index) {
        super(session);
        this.draft = draft;
        this.index = index;
    }

    @Override
    protected String title() {
        return Words.LIGHTS.in(language) + " — " + Words.format(Words.MONITORING, draft.current().period()).in(language);
    }

    @Override
    protected List<Line> body(int width, int height) {
        return new ArrayList<>(LightSheet.of(draft.current(), draft.review(), index, language, width));
    }

    @Override
    protected KeyMap keyMap() {
        int rows = draft.current().indicators().size();
        return new KeyMap(List.of(
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), Words.PREVIOUS_INDICATOR,
                        () -> index = Optional.of(index.map(at -> Math.max(0, at - 1)).orElse(0)))
                        .unless(() -> rows == 0 ? Optional.of(Words.NO_INDICATORS) : Optional.empty()),
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), Words.NEXT_INDICATOR,
                        () -> index = Optional.of(index.map(at -> Math.min(rows - 1, at + 1)).orElse(0)))
                        .unless(() -> rows == 0 ? Optional.of(Words.NO_INDICATORS) : Optional.empty()),
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::back).or(Key.character('q'))));
    }
}
