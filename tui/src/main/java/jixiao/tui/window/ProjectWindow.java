package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.time.Month;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.tui.presentation.StageStrip;
import jixiao.tui.presentation.Tone;
import jixiao.tui.controller.CellCursor;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.Cell;
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
        List<Line> sheet = layout.lines(shownEntry(), shownReview(), cursor.row(), cursor.column());
        int rows = height - 2;
        int top = Math.max(0, Math.min(layout.lineOf(cursor.row()) - rows + 2, sheet.size() - rows));
        List<Line> lines = new ArrayList<>();
        lines.add(scoreLine(width));
        lines.add(StageStrip.of(draft.saved().year(), language, width));
        lines.addAll(sheet.subList(top, Math.min(sheet.size(), top + rows)));
        return lines;
    }

    @Override
    protected Optional<Line> selection(int width) {
        return cell().map(field -> fieldLine(field, width));
    }

    @Override
    protected Optional<Cell> cell() {
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
        bindings.add(KeyBinding.of(Key.of(KeyType.F7, "F7"), Words.START_NEXT_STAGE, this::startNext)
                .unless(this::whyNoStart));
        bindings.add(monitoringBinding());
        bindings.add(reportBinding());
        bindings.addAll(Navigation.cells(cursor, () -> form.sheet().size(), () -> bodyHeight() - 2));
        return new KeyMap(bindings);
    }

    /** The stages that may start now, in the year's order: adjustment, monitoring, self-evaluation. */
    private List<StageKind> startable() {
        ProjectYear year = draft.saved().year();
        return Stream.of(StageKind.values()).filter(kind -> year.whyNotStart(kind).isEmpty()).toList();
    }

    private Optional<Bilingual> whyNoStart() {
        if (draft.isDirty()) {
            return Optional.of(Words.SAVE_BEFORE_STARTING);
        }
        if (startable().isEmpty()) {
            Bilingual why = draft.saved().year().whyNotStart(StageKind.SELF_EVALUATION).orElseThrow();
            return Optional.of(Words.format(Words.NO_STAGE_TO_START, why));
        }
        return Optional.empty();
    }

    /** Asks which stage to start (each with its number), copied from the latest. */
    private void startNext() {
        List<StageKind> kinds = startable();
        Map<Character, Runnable> answers = new LinkedHashMap<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            StageKind kind = kinds.get(i);
            char key = (char) ('1' + i);
            answers.put(key, () -> start(kind));
            zh.add(key + " " + kind.label().zh());
            en.add(key + " " + kind.label().en());
        }
        zh.add("Esc 取消");
        en.add("Esc cancel");
        choose(new Choice(Words.format(Words.WHICH_STAGE, draft.saved().year().latest().kind().label()),
                new Bilingual(String.join(" / ", zh), String.join(" / ", en)), answers));
    }

    /** Starts a stage; a monitoring return asks its month first (July: the usual January to July). */
    private void start(StageKind kind) {
        StoredProject from = draft.saved();
        if (kind != StageKind.MONITORING) {
            started(kind, () -> session.projects().start(from.id(), from.revision(), kind));
            return;
        }
        ask(Prompt.of(Words.MONTH_PROMPT, String.valueOf(Month.JULY.getValue()), typed -> {
            Optional<Month> month = month(typed);
            month.ifPresent(chosen -> started(kind, () -> session.projects().startMonitoring(from.id(), from.revision(), chosen)));
            return month.isPresent() ? Optional.empty() : Optional.of(Words.format(Words.NOT_A_MONTH, typed.strip()));
        }));
    }

    private static Optional<Month> month(String typed) {
        String folded = HalfWidth.of(typed).strip().replace("月", "");
        return folded.matches("\\d{1,2}") && Integer.parseInt(folded) >= 1 && Integer.parseInt(folded) <= 12
                ? Optional.of(Month.of(Integer.parseInt(folded))) : Optional.empty();
    }

    /** Stores the new stage off the GUI thread, then opens the project again on it: its paper may differ. */
    private void started(StageKind kind, Callable<StoredProject> work) {
        say(Words.STARTING, Tone.DIM);
        session.background().run(work, stored -> session.reopen(stored, kind == StageKind.MONITORING,
                Words.format(Words.STAGE_STARTED, kind.label())), failure -> refuse(Failures.explain(failure)));
    }
}
