package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.controller.RowCursor;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.IndicatorColumn;
import jixiao.tui.editing.IndicatorField;
import jixiao.tui.presentation.IndicatorTable;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Tone;
import jixiao.tui.presentation.Words;

/**
 * A project's indicators, where the day's work happens: move to a cell, type, and watch the score,
 * the total and the grade follow every key.
 *
 * <pre>
 * 绩效 │ 2024 某单位 某项目 *
 * 总分 99.32  等级 优  执行率 93.19% 9.32  分值合计 100.00  错误 0  提醒 2  *未保存
 *   # 一级指标 二级指标 三级指标       年度指标值   实际完成值     分值    得分
 *   1 产出指标 数量指标 审计项目数     ≥20(个)      [20(个)    ]  10.00  10.00
 * 实际完成值: 20(个)
 * Enter 修改  e 评分说明  p 项目与资金  f 问题  a 添加  x 删除  Ctrl-S 保存  Esc 返回
 * </pre>
 */
final class IndicatorsWindow extends DraftWindow {

    private static final Bilingual NO_INDICATOR = new Bilingual("没有指标：按 a 添加", "no indicator: press a to add one");
    private static final Bilingual LEAVE = new Bilingual("有未保存的修改。", "There are unsaved edits.");
    private static final Bilingual LEAVE_KEYS = new Bilingual("s 保存后返回 / d 放弃修改 / Esc 留下",
            "s save and go back / d drop them / Esc stay");
    private static final Bilingual REMOVE = new Bilingual("删除第 %d 行指标“%s”？（可撤销）",
            "Delete indicator %d '%s'? (can be undone)");
    private static final Bilingual REMOVE_KEYS = new Bilingual("y 删除 / n 或 Esc 保留", "y delete / n or Esc keep");

    private final RowCursor cursor = new RowCursor();
    private int column = IndicatorTable.COLUMNS.indexOf(IndicatorColumn.ACTUAL);

    private final List<Project> neighbours;

    /** {@code neighbours}: the unit's other stored projects, for the target-quality lint in the findings. */
    IndicatorsWindow(Session session, Draft draft, List<Project> neighbours) {
        super(session, draft);
        this.neighbours = List.copyOf(neighbours);
    }

    @Override
    protected String title() {
        return projectTitle();
    }

    @Override
    protected List<Line> body(int width, int height) {
        IndicatorTable table = new IndicatorTable(language, width);
        List<Line> lines = new ArrayList<>();
        lines.add(scoreLine(width));
        lines.add(Line.fitted(table.header().segments(), width));
        int rows = shown().indicators().size();
        if (rows == 0) {
            lines.add(Line.fitted(Words.NO_INDICATORS.in(language), Tone.DIM, width));
        }
        lines.addAll(table.rows(shown(), shownReview(), cursor.viewport(rows, height - 2), cursor.selected(), cursorColumn()));
        return lines;
    }

    /** The whole text of the cell under the cursor: the table cuts long names and targets. */
    @Override
    protected Optional<Line> selection(int width) {
        if (shown().indicators().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fieldLine(new IndicatorField(cursor.selected(), cursorColumn()), width));
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), new Bilingual("修改", "edit"), this::editCell)
                        .unless(this::noIndicator),
                KeyBinding.of(Key.character('e'), new Bilingual("评分说明", "explain"), this::explain)
                        .or(Key.character(' ')).unless(this::noIndicator),
                KeyBinding.of(Key.character('p'), new Bilingual("项目与资金", "project"),
                        () -> session.open(new ProjectWindow(session, draft))),
                KeyBinding.of(Key.character('f'), new Bilingual("问题", "findings"),
                        () -> session.open(new FindingsWindow(session, draft, this, neighbours))),
                KeyBinding.of(Key.character('a'), new Bilingual("添加", "add"), this::add)
                        .or(Key.of(KeyType.Insert, "Ins"))));
        bindings.addAll(draftBindings());
        bindings.addAll(List.of(
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), new Bilingual("返回", "back"), this::leave),
                KeyBinding.of(Key.character('x'), new Bilingual("删除", "delete"), this::confirmRemove)
                        .or(Key.of(KeyType.Delete, "Del")).unless(this::noIndicator),
                KeyBinding.of(Key.character('['), new Bilingual("上移", "move up"), () -> move(-1))
                        .or(Key.alt(KeyType.ArrowUp, "Alt-↑")).unless(this::noIndicator),
                KeyBinding.of(Key.character(']'), new Bilingual("下移", "move down"), () -> move(1))
                        .or(Key.alt(KeyType.ArrowDown, "Alt-↓")).unless(this::noIndicator),
                KeyBinding.of(Key.of(KeyType.ArrowLeft, "←"), new Bilingual("左一格", "cell to the left"),
                        () -> moveColumn(-1)).or(Key.character('h')).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowRight, "→"), new Bilingual("右一格", "cell to the right"),
                        () -> moveColumn(1)).or(Key.character('l')).or(Key.of(KeyType.Tab, "Tab")).helpOnly()));
        bindings.addAll(Navigation.rows(cursor, () -> draft.project().indicators().size(), () -> bodyHeight() - 2));
        return new KeyMap(bindings);
    }

    /** Puts the cursor on an indicator (from the findings screen). */
    void select(int index) {
        cursor.moveTo(index, draft.project().indicators().size());
        repaint();
    }

    private IndicatorColumn cursorColumn() {
        return IndicatorTable.COLUMNS.get(column);
    }

    private Optional<Bilingual> noIndicator() {
        return draft.project().indicators().isEmpty() ? Optional.of(NO_INDICATOR) : Optional.empty();
    }

    private void editCell() {
        edit(new IndicatorField(cursor.selected(), cursorColumn()), Optional.of(() -> {
            moveColumn(1);
            editCell();
        }));
    }

    private void moveColumn(int step) {
        column = Math.floorMod(column + step, IndicatorTable.COLUMNS.size());
    }

    private void explain() {
        session.open(new ExplainWindow(session, draft, this, cursor.selected()));
    }

    /** A new row below the cursor in the same level-1 and level-2 group; typing its name starts at once. */
    private void add() {
        List<Indicator> indicators = draft.project().indicators();
        int at = indicators.isEmpty() ? 0 : cursor.selected() + 1;
        Indicator like = indicators.isEmpty() ? null : indicators.get(cursor.selected());
        draft.addIndicator(at, Indicator.of(like == null ? "" : like.level1(), like == null ? "" : like.level2(), "",
                "", "", null, null, ""));
        cursor.moveTo(at, indicators.size() + 1);
        column = IndicatorTable.COLUMNS.indexOf(IndicatorColumn.NAME);
        editCell();
    }

    private void confirmRemove() {
        int index = cursor.selected();
        String name = draft.project().indicators().get(index).name();
        choose(Choice.confirm(new Bilingual(String.format(REMOVE.zh(), index + 1, name),
                String.format(REMOVE.en(), index + 1, name)), REMOVE_KEYS, () -> {
                    draft.removeIndicator(index);
                    cursor.moveTo(index, draft.project().indicators().size());
                }));
    }

    private void move(int step) {
        if (draft.moveIndicator(cursor.selected(), step)) {
            cursor.moveBy(step, draft.project().indicators().size());
        }
    }

    /** Back to the register; unsaved edits are saved or dropped only when the person says so. */
    private void leave() {
        if (!draft.isDirty()) {
            back();
            return;
        }
        choose(new Choice(LEAVE, LEAVE_KEYS, Map.of('s', () -> save(draft.saved(), this::back), 'd', this::back)));
    }
}
