package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.tui.controller.CellCursor;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.Field;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.ProjectSheet;
import jixiao.tui.words.Words;

/**
 * The form's header and its funding, as the project's paper form lays them out: typing an
 * executed amount moves the execution rate, its score, the total and the grade as you type.
 * Cells as on the indicators: a character replaces, Enter or F2 edits, Tab moves on.
 *
 * <pre>
 * 绩效 │ 项目信息与资金 — 2024 某项目  某单位
 * 总分 99.32  等级 优  执行率 93.19% 9.32 …
 * 年度               2024
 * 项目名称           财务专项审计和资产评估鉴定费
 * …
 * 项目资金（万元）       年初预算数     全年预算数     全年执行数
 * 年度资金总额               127.00         127.00       [118.35]
 * 执行率 93.19%  执行得分 9.32 / 10
 * F1 帮助  Enter 修改  F5 绩效指标  Ctrl-S 保存  Esc 返回
 * </pre>
 */
final class ProjectWindow extends DraftWindow {

    private final CellCursor cursor;

    ProjectWindow(Session session, Draft draft) {
        super(session, draft);
        this.cursor = new CellCursor(row -> form.sheet().get(row).size(), 0);
    }

    @Override
    protected String title() {
        return Words.PROJECT.in(language) + " — " + projectTitle();
    }

    @Override
    protected List<Line> body(int width, int height) {
        ProjectSheet layout = new ProjectSheet(form, language, width);
        List<Line> sheet = layout.lines(shown(), shownReview(), cursor.row(), cursor.column());
        int rows = height - 1;
        int top = Math.max(0, Math.min(layout.lineOf(cursor.row()) - rows + 2, sheet.size() - rows));
        List<Line> lines = new ArrayList<>();
        lines.add(scoreLine(width));
        lines.addAll(sheet.subList(top, Math.min(sheet.size(), top + rows)));
        return lines;
    }

    @Override
    protected Optional<Line> selection(int width) {
        return cell().map(field -> fieldLine(field, width));
    }

    @Override
    protected Optional<Field> cell() {
        return Optional.of(form.sheet().get(cursor.row()).get(cursor.column()));
    }

    @Override
    protected Map<Prompt.Move, Runnable> cellMoves() {
        return Prompt.through(cursor, () -> form.sheet().size());
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(cellBindings(Optional::empty));
        bindings.add(KeyBinding.of(Key.of(KeyType.F5, "F5"), Words.INDICATORS_KEY, this::back));
        bindings.add(KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::back));
        bindings.addAll(draftBindings());
        bindings.add(reportBinding());
        bindings.addAll(Navigation.cells(cursor, () -> form.sheet().size(), () -> bodyHeight() - 1));
        return new KeyMap(bindings);
    }
}
