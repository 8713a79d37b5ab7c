package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.IndicatorColumn;
import jixiao.tui.editing.IndicatorField;
import jixiao.tui.presentation.ExplainSheet;
import jixiao.tui.presentation.Line;
import jixiao.tui.words.Words;

/**
 * How one indicator's score comes about, in the scoring engine's own words, with the deviation
 * note and the score set by hand editable right here.
 *
 * <pre>
 * 绩效 │ 评分说明 — 2024 某单位 某项目
 * 总分 97.10  等级 优 …
 * 3. 产出指标 / 数量指标 / 审计项目数
 * 目标 ≥20(个)    实际 18(个)    分值 10.00
 *   规则: 不低于目标（≥）：未达到时 实际 / 目标 × 分值
 *   未完成: 18 / 20 × 10.00 = 9.00
 * 规则得分 9.00    人工评分 无    得分 9.00    (未完成)
 * 偏差原因分析及改进措施: 无
 * 错误: 得分低于满分，须填写偏差原因分析及改进措施
 * F1 帮助  Enter 写偏差说明  m 人工评分  ↑ 上一个指标  ↓ 下一个指标  Esc 返回
 * </pre>
 */
final class ExplainWindow extends DraftWindow {

    private final IndicatorsWindow indicators;
    private int index;

    ExplainWindow(Session session, Draft draft, IndicatorsWindow indicators, int index) {
        super(session, draft);
        this.indicators = indicators;
        this.index = index;
    }

    @Override
    protected String title() {
        return Words.EXPLAIN.in(language) + " — " + projectTitle();
    }

    @Override
    protected List<Line> body(int width, int height) {
        List<Line> lines = new ArrayList<>();
        lines.add(scoreLine(width));
        lines.addAll(ExplainSheet.of(shown(), shownReview(), index, language, width));
        return lines;
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), Words.WRITE_THE_DEVIATION_NOTE,
                        () -> edit(new IndicatorField(index, IndicatorColumn.DEVIATION), Optional.empty(), Map.of()))
                        .or(Key.character('n')),
                KeyBinding.of(Key.character('m'), Words.SCORE_BY_HAND,
                        () -> edit(new IndicatorField(index, IndicatorColumn.SCORE), Optional.empty(), Map.of())),
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), Words.PREVIOUS_INDICATOR,
                        () -> index = Math.max(0, index - 1)),
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), Words.NEXT_INDICATOR,
                        () -> index = Math.min(draft.project().indicators().size() - 1, index + 1))));
        bindings.addAll(draftBindings());
        bindings.add(KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::back).or(Key.character('q')));
        bindings.add(reportBinding());
        return new KeyMap(bindings);
    }

    /** Back to the indicators, with the cursor on the one explained last. */
    @Override
    protected void back() {
        indicators.select(index);
        super.back();
    }
}
