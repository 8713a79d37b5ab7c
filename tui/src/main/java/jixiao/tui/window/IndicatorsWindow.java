package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Scorer;
import jixiao.domain.trend.Trend;
import jixiao.tui.controller.CellCursor;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.Cell;
import jixiao.tui.editing.IndicatorColumn;
import jixiao.tui.editing.IndicatorField;
import jixiao.tui.presentation.IndicatorTable;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * A project's indicators, where the day's work happens, in the columns of its paper form: move to
 * a cell, type (a character replaces the cell, Enter or F2 edits it), and watch the score, the
 * total and the grade follow every key.
 *
 * <pre>
 * 绩效 │ 2024 某项目 *  某单位
 * 总分 99.32  等级 优  执行率 93.19% 9.32  分值合计 100.00  错误 0  提醒 2  *未保存
 *   # 一级指标 二级指标 三级指标      年度指标值 实际完成值 分值   得分 偏差…
 *   1 产出指标 数量指标 审计项目数    ≥20(个)    [20(个)  ] 10.00 10.00
 * 实际完成值: 20(个)
 * F1 帮助  Enter/F2 修改  F3 评分说明  F4 问题  F5 项目与资金  Ctrl-S 保存  Esc 返回
 * </pre>
 */
final class IndicatorsWindow extends DraftWindow {

    private final CellCursor cursor;
    private final List<Project> neighbours;

    /**
     * {@code neighbours}: the unit's other stored project-years and any with the project's code, for
     * the target-quality lint in the findings and the years side by side (F9).
     */
    IndicatorsWindow(Session session, Draft draft, List<Project> neighbours) {
        super(session, draft);
        this.neighbours = List.copyOf(neighbours);
        int start = form.columns().indexOf(form.kind() == FormKind.DECLARATION ? IndicatorColumn.TARGET : IndicatorColumn.ACTUAL);
        this.cursor = new CellCursor(row -> form.columns().size(), start);
    }

    @Override
    protected String title() {
        return projectTitle();
    }

    @Override
    protected List<Line> body(int width, int height) {
        IndicatorTable table = new IndicatorTable(form, language, width);
        List<Line> lines = new ArrayList<>();
        lines.add(scoreLine(width));
        lines.add(Line.fitted(table.header().segments(), width));
        int rows = shown().indicators().size();
        if (rows == 0) {
            lines.add(Line.fitted(Words.NO_INDICATORS.in(language), Tone.DIM, width));
        }
        lines.addAll(table.rows(shown(), shownReview(), cursor.rows().viewport(rows, height - 2), cursor.row(),
                cursor.column()));
        return lines;
    }

    /** The whole text of the cell under the cursor: the table cuts long names, targets and notes. */
    @Override
    protected Optional<Line> selection(int width) {
        return cell().map(field -> fieldLine(field, width));
    }

    @Override
    protected Optional<Cell> cell() {
        if (draft.project().indicators().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorField(cursor.row(), form.columns().get(cursor.column())));
    }

    @Override
    protected Map<Prompt.Move, Runnable> cellMoves() {
        return Prompt.through(cursor, this::rowCount);
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(cellBindings(this::noIndicator));
        bindings.addAll(List.of(
                KeyBinding.of(Key.of(KeyType.F3, "F3"), Words.EXPLAIN_KEY, this::explain)
                        .unless(this::notExplained),
                KeyBinding.of(Key.of(KeyType.F4, "F4"), Words.FINDINGS_KEY,
                        () -> session.open(new FindingsWindow(session, draft, this, neighbours))),
                KeyBinding.of(Key.of(KeyType.F5, "F5"), Words.PROJECT_AND_FUNDING,
                        () -> session.open(new ProjectWindow(session, draft))),
                monitoringBinding(),
                KeyBinding.of(Key.of(KeyType.F9, "F9"), Words.TREND_KEY, () -> session.open(new TrendWindow(session,
                        Trend.of(draft.saved().year().comparableForm(), neighbours, new Scorer(draft.rules())))))));
        bindings.add(KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::leave));
        bindings.addAll(draftBindings());
        bindings.addAll(List.of(
                KeyBinding.of(Key.of(KeyType.F6, "F6"), Words.RULES_ON_THIS_PROJECT,
                        () -> session.open(new RulesWindow(session, Optional.of(draft)))).helpOnly(),
                reportBinding(),
                KeyBinding.of(Key.ctrl('n'), Words.ADD_A_ROW, this::add)
                        .or(Key.of(KeyType.Insert, "Ins")),
                KeyBinding.of(Key.ctrl('d'), Words.DELETE_THE_ROW, this::confirmRemove)
                        .unless(this::noIndicator).helpOnly(),
                KeyBinding.of(Key.alt(KeyType.ArrowUp, "Alt-↑"), Words.MOVE_THE_ROW_UP, () -> move(-1))
                        .unless(this::noIndicator).helpOnly(),
                KeyBinding.of(Key.alt(KeyType.ArrowDown, "Alt-↓"), Words.MOVE_THE_ROW_DOWN, () -> move(1))
                        .unless(this::noIndicator).helpOnly()));
        bindings.addAll(Navigation.cells(cursor, this::rowCount, () -> bodyHeight() - 2));
        return new KeyMap(bindings);
    }

    /** Puts the cursor on an indicator (from the findings and explanation screens). */
    void select(int index) {
        cursor.rows().moveTo(index, rowCount());
        repaint();
    }

    private int rowCount() {
        return draft.project().indicators().size();
    }

    private Optional<Bilingual> noIndicator() {
        return draft.project().indicators().isEmpty() ? Optional.of(Words.NO_INDICATORS) : Optional.empty();
    }

    private Optional<Bilingual> notExplained() {
        return form.kind() == FormKind.DECLARATION ? Optional.of(Words.NOT_EXPLAINED) : noIndicator();
    }

    private void explain() {
        session.open(new ExplainWindow(session, draft, this, cursor.row()));
    }

    /**
     * A new row below the cursor in the same level-1 and level-2 group, which it shows; the cursor
     * goes to its name, where typing starts at once. The first row of a form has no group to take:
     * the cursor goes to its first column, as a clerk types the paper from the left.
     */
    private void add() {
        List<Indicator> indicators = draft.project().indicators();
        int at = indicators.isEmpty() ? 0 : cursor.row() + 1;
        Indicator like = indicators.isEmpty() ? null : indicators.get(cursor.row());
        draft.addIndicator(at, Indicator.of(like == null ? "" : like.level1(), like == null ? "" : like.level2(), "",
                "", "", null, null, ""));
        cursor.moveTo(at, like == null ? 0 : form.columns().indexOf(IndicatorColumn.NAME), rowCount());
    }

    private void confirmRemove() {
        int index = cursor.row();
        String name = draft.project().indicators().get(index).name();
        choose(Choice.confirm(Words.format(Words.DELETE_INDICATOR, index + 1, name), Words.DELETE_INDICATOR_KEYS, () -> {
                    draft.removeIndicator(index);
                    cursor.rows().moveTo(index, rowCount());
                }));
    }

    private void move(int step) {
        if (draft.moveIndicator(cursor.row(), step)) {
            cursor.rows().moveBy(step, rowCount());
        }
    }

    /** Back to the register; unsaved edits are saved or dropped only when the person says so. */
    private void leave() {
        if (!draft.isDirty()) {
            back();
            return;
        }
        choose(new Choice(Words.UNSAVED_EDITS, Words.UNSAVED_EDITS_KEYS, Map.of('s', () -> saveThen(this::back), 'd', this::back)));
    }
}
