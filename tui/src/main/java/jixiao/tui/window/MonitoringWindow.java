package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.FundingSource;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.tui.controller.CellCursor;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.editing.MonitoringDraft;
import jixiao.tui.editing.ProgressColumn;
import jixiao.tui.editing.ProgressField;
import jixiao.tui.editing.ReturnField;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.MonitoringSheet;
import jixiao.tui.presentation.Segment;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * The monitoring return (运行监控) of a year: the money spent to the month, and per indicator its
 * progress, forecast, likelihood, causes (a pick list), note and correction. Every light is
 * recomputed by the domain's monitor on every key, shown as a word in its colour; F3 says how the
 * light of the row under the cursor comes about. Cells as everywhere: a character replaces, Enter
 * or F2 edits, Tab moves on, Ctrl-S saves, Ctrl-Z undoes.
 *
 * <pre>
 * 绩效 │ 运行监控 1–7月 — 2025 工作服置装费  某单位
 * 项目灯 黄  预算灯 绿  执行率 53.90% 进度比 92.40%  错误 1  提醒 0
 * 项目资金（元）          全年预算数    1–7月执行数   执行率  全年预计执行数
 * …
 *  # 三级指标  年度指标值 1–7月实际… 全年预计… 完成目… 偏差原… 原因说… 纠偏措… 灯
 *  2 购置套数  ≥4(套)     [2(套)   ] 4(套)     有可能                          黄
 * 1–7月实际完成值: 2(套)
 * F1 帮助  Enter 修改  F3 灯的说明  Ctrl-S 保存  Esc 返回
 * </pre>
 */
final class MonitoringWindow extends ScreenWindow {

    private static final int FUNDING_ROWS = FundingSource.values().length;

    private final MonitoringDraft draft;
    private final DraftKeys keys;
    private final CellCursor cursor;
    private final TypingPreview<ReturnField, MonitoringReturn, MonitoringReview> preview;

    /** {@code whenSaved} hears of every save, so the project's other screens go on from it. */
    MonitoringWindow(Session session, MonitoringDraft draft, Consumer<StoredProject> whenSaved) {
        super(session);
        this.draft = draft;
        this.preview = new TypingPreview<>(draft::typed, draft::preview, draft::apply);
        this.keys = new DraftKeys(this, draft, this::storing, this::merged, whenSaved);
        this.cursor = new CellCursor(row -> draft.sheet().get(row).size(), 0);
        int firstIndicator = FUNDING_ROWS + 1;
        cursor.moveTo(draft.current().indicators().isEmpty() ? 0 : firstIndicator, 0, rowCount());
    }

    /** Storing the return as it is now, as an edit of {@code from}. */
    private Callable<StoredProject> storing(StoredProject from) {
        MonitoringReturn saved = draft.current();
        return () -> session.projects().update(from.id(), from.revision(), saved);
    }

    /**
     * Someone saved in between: a return is not merged field by field, so where theirs changed the
     * return too, saving over it keeps mine whole, and the person is told so before choosing.
     */
    private DraftKeys.Merged merged(StoredProject latest) {
        boolean theirsChanged = !latest.year().monitoring().equals(draft.saved().year().monitoring());
        return new DraftKeys.Merged(theirsChanged ? List.of(Words.THE_WHOLE_RETURN) : List.of(), () -> { });
    }

    @Override
    protected String title() {
        MonitoringReturn form = draft.current();
        return Words.format(Words.MONITORING, form.period()).in(language) + " — " + form.form().key().year() + " "
                + form.form().key().name() + (draft.isDirty() ? " *" : "") + "  " + form.form().key().unit();
    }

    private MonitoringReturn shown() {
        return preview.shown(draft.current());
    }

    private MonitoringReview shownReview() {
        return preview.shownReview(draft.review());
    }

    @Override
    protected List<Line> body(int width, int height) {
        MonitoringSheet sheet = new MonitoringSheet(language, width, draft.saved().ruleSet().executionRateRounding());
        int indicators = shown().indicators().size();
        int rows = Math.max(0, height - 1);
        int at = sheet.lineOf(cursor.row(), indicators);
        int top = Math.max(0, Math.min(at - rows / 2, MonitoringSheet.lineCount(indicators) - rows));
        List<Line> lines = new ArrayList<>();
        lines.add(sheet.status(shownReview(), draft.isDirty()));
        lines.addAll(sheet.lines(shown(), shownReview(), cursor.row(), cursor.column(), top, rows));
        return lines;
    }

    /** The whole text of the cell under the cursor; on the picked cells, how to pick. */
    @Override
    protected Optional<Line> selection(int width) {
        ReturnField field = cell();
        List<Segment> parts = new ArrayList<>(List.of(new Segment(field.label(shown()).in(language) + ": ", Tone.DIM),
                new Segment(field.read(shown()).replace("\n", " ⏎ "), Tone.NORMAL)));
        if (field instanceof ProgressField progress && progress.column() == ProgressColumn.CAUSES) {
            parts.add(new Segment("  " + Words.CAUSES_HINT.in(language), Tone.DIM));
        } else if (field instanceof ProgressField progress && progress.column() == ProgressColumn.LIKELIHOOD) {
            parts.add(new Segment("  " + Words.LIKELIHOOD_HINT.in(language), Tone.DIM));
        }
        return Optional.of(Line.fitted(parts, width));
    }

    private ReturnField cell() {
        return draft.sheet().get(cursor.row()).get(cursor.column());
    }

    private int rowCount() {
        return draft.sheet().size();
    }

    private Optional<Integer> indicatorUnderCursor() {
        int index = cursor.row() - FUNDING_ROWS - 1;
        return index >= 0 && index < shown().indicators().size() ? Optional.of(index) : Optional.empty();
    }

    private boolean onCauses() {
        return cell() instanceof ProgressField field && field.column() == ProgressColumn.CAUSES;
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), Words.EDIT, this::editOrPick)
                        .or(Key.of(KeyType.F2, "F2")).unless(draft::whyReadOnly),
                KeyBinding.of(Key.of(KeyType.Delete, "Del"), Words.CLEAR_CELL, () -> preview.take(cell(), "").ifPresent(this::refuse))
                        .unless(draft::whyReadOnly).helpOnly(),
                KeyBinding.of(Key.of(KeyType.F3, "F3"), Words.LIGHT_EXPLAIN_KEY, this::explain),
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::leave)));
        bindings.addAll(keys.bindings());
        bindings.addAll(Navigation.cells(cursor, this::rowCount, () -> bodyHeight() - 1));
        return new KeyMap(bindings);
    }

    /** A character on a cell starts a fresh value; on the causes, a digit ticks or unticks that cause. */
    @Override
    protected void typedOver(char typed) {
        Optional<Bilingual> readOnly = draft.whyReadOnly();
        if (readOnly.isPresent()) {
            refuse(readOnly.get());
        } else if (onCauses() && typed >= '1' && typed < '1' + Cause.values().length) {
            toggle(Cause.values()[typed - '1']);
        } else {
            edit(cell(), Optional.of(String.valueOf(typed)));
        }
    }

    @Override
    protected void pasted(String text) {
        Optional<Bilingual> readOnly = draft.whyReadOnly();
        if (readOnly.isPresent()) {
            refuse(readOnly.get());
        } else {
            edit(cell(), Optional.of(text));
        }
    }

    private void editOrPick() {
        if (onCauses()) {
            pickCauses();
        } else {
            edit(cell(), Optional.empty());
        }
    }

    /** The causes as a pick list: each digit ticks or unticks one (an edit undo takes back), Esc ends it. */
    private void pickCauses() {
        ProgressField field = (ProgressField) cell();
        Set<Cause> ticked = draft.current().progress(field.index()).causes();
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        Map<Character, Runnable> answers = new LinkedHashMap<>();
        for (Cause cause : Cause.values()) {
            char key = (char) ('1' + cause.ordinal());
            String box = ticked.contains(cause) ? "[x]" : "[ ]";
            zh.append(' ').append(key).append(box).append(cause.words().zh());
            en.append(' ').append(key).append(box).append(cause.words().en());
            answers.put(key, () -> {
                toggle(cause);
                pickCauses();
            });
        }
        choose(new Choice(Words.format(Words.CAUSES_PICK, new Bilingual(zh.toString(), en.toString())),
                Words.CAUSES_PICK_KEYS, answers));
    }

    private void toggle(Cause cause) {
        ProgressField field = (ProgressField) cell();
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        causes.addAll(draft.current().progress(field.index()).causes());
        if (!causes.remove(cause)) {
            causes.add(cause);
        }
        draft.apply(draft.current().withProgress(field.index(), draft.current().progress(field.index()).withCauses(causes)));
    }

    private void edit(ReturnField field, Optional<String> typedOver) {
        Prompt prompt = Prompt.of(field.label(draft.current()), field.read(draft.current()), text -> preview.take(field, text))
                .multiLine(field.isMultiLine())
                .typing(text -> preview.type(field, text))
                .cancelling(preview::drop);
        for (Map.Entry<Prompt.Move, Runnable> move : Prompt.through(cursor, this::rowCount).entrySet()) {
            prompt = prompt.moving(move.getKey(), move.getValue());
        }
        if (typedOver.isPresent()) {
            ask(prompt, typedOver.get());
        } else {
            ask(prompt.editing());
        }
    }

    private void explain() {
        session.open(new LightWindow(session, draft, indicatorUnderCursor()));
    }

    /** Back to the project; unsaved edits are saved or dropped only when the person says so. */
    private void leave() {
        if (!draft.isDirty()) {
            back();
            return;
        }
        choose(new Choice(Words.UNSAVED_EDITS, Words.UNSAVED_EDITS_KEYS,
                Map.of('s', () -> keys.saveThen(this::back), 'd', this::back)));
    }
}
