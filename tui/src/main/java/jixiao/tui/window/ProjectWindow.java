package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.controller.RowCursor;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.Field;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.ProjectSheet;
import jixiao.tui.presentation.Words;

/**
 * The form's header and its funding: typing an executed amount moves the execution rate, its
 * score, the total and the grade as you type.
 *
 * <pre>
 * 绩效 │ 项目信息与资金 — 2024 某单位 某项目
 * 总分 99.32  等级 优  执行率 93.19% 9.32 …
 * 年度           2024
 * 项目名称       财务专项审计和资产评估鉴定费
 * …
 * 资金（万元）       年初预算数     全年预算数     全年执行数
 * 年度资金总额           127.00         127.00       [118.35]
 * 执行率 93.19%  执行得分 9.32 / 10
 * Enter 修改  ←→ 列  Ctrl-S 保存  Esc 返回
 * </pre>
 */
final class ProjectWindow extends DraftWindow {

    private final RowCursor cursor = new RowCursor();
    private int column;

    ProjectWindow(Session session, Draft draft) {
        super(session, draft);
    }

    @Override
    protected String title() {
        return Words.PROJECT.in(language) + " — " + projectTitle();
    }

    @Override
    protected List<Line> body(int width, int height) {
        List<Line> sheet = new ProjectSheet(language, width).lines(shown(), shownReview(), cursor.selected(), column);
        int rows = height - 1;
        int top = Math.max(0, Math.min(ProjectSheet.lineOf(cursor.selected()) - rows + 2, sheet.size() - rows));
        List<Line> lines = new ArrayList<>();
        lines.add(scoreLine(width));
        lines.addAll(sheet.subList(top, Math.min(sheet.size(), top + rows)));
        return lines;
    }

    @Override
    protected Optional<Line> selection(int width) {
        return Optional.of(fieldLine(selectedField(), width));
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), new Bilingual("修改", "edit"), this::editField)));
        bindings.addAll(draftBindings());
        bindings.addAll(List.of(
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), new Bilingual("返回", "back"), this::back),
                KeyBinding.of(Key.of(KeyType.ArrowLeft, "←"), new Bilingual("左一列（资金）", "column to the left (funding)"),
                        () -> moveColumn(-1)).or(Key.character('h')).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowRight, "→"), new Bilingual("右一列（资金）", "column to the right (funding)"),
                        () -> moveColumn(1)).or(Key.character('l')).or(Key.of(KeyType.Tab, "Tab")).helpOnly()));
        bindings.addAll(Navigation.rows(cursor, ProjectSheet.ROWS::size, () -> bodyHeight() - 1));
        return new KeyMap(bindings);
    }

    private Field selectedField() {
        List<Field> row = ProjectSheet.ROWS.get(cursor.selected());
        return row.get(Math.min(column, row.size() - 1));
    }

    private void editField() {
        edit(selectedField(), Optional.of(() -> {
            moveColumn(1);
            editField();
        }));
    }

    /** Across the funding columns; at the end of a row, on to the next row. */
    private void moveColumn(int step) {
        int width = ProjectSheet.ROWS.get(cursor.selected()).size();
        int next = Math.min(column, width - 1) + step;
        if (next >= width) {
            cursor.moveBy(1, ProjectSheet.ROWS.size());
            next = 0;
        } else if (next < 0) {
            next = 0;
        }
        column = next;
    }
}
