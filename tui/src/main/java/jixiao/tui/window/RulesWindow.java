package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormField;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Funding;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorer;
import jixiao.tui.controller.CellCursor;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.Field;
import jixiao.tui.editing.IndicatorColumn;
import jixiao.tui.editing.IndicatorField;
import jixiao.tui.editing.InvalidEntry;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.RulesSheet;
import jixiao.tui.presentation.Segment;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * For trainers: two rule sets side by side, A and B, every parameter of each with its meaning and
 * editable in place, and what each makes of a sample indicator and, when opened from a project, of
 * that project, all rescored as a value is typed. A set can be loaded from a rule-set file (or a
 * built-in name) and saved to one. Nothing here changes a project or what it is stored with.
 *
 * <pre>
 * 绩效 │ 评分规则演示 — 2024 某项目
 *                          A national-2020        B national-2020 *
 * 本项目 总分 等级             99.32 优               89.40 良
 * 执行得分                      9.32                   18.64
 * 得分不同的指标                                       0 个
 * 示例指标得分                  2.00                   2.00
 *   规则: 不低于目标（≥）：未达到时 实际 / 目标 × 分值
 * 示例：年度指标值         ≥360(个)
 * executionWeight          10                     [20] ≠              预算执行率的分值
 * executionWeight = 20  预算执行率的分值
 * F1 帮助  Enter 修改  Ctrl-O 打开  Ctrl-S 保存  Esc 返回
 * </pre>
 */
final class RulesWindow extends ScreenWindow {

    private static final int ROWS = RulesSheet.SAMPLE.size() + RulesSheet.PARAMETERS.size();

    private final Optional<Draft> project;
    private final RuleSet[] sets = new RuleSet[2];
    private final boolean[] changed = new boolean[2];
    private final CellCursor cursor = new CellCursor(row -> row < RulesSheet.SAMPLE.size() ? 1 : 2, 1);
    private RuleSet typingSet;
    private int typingSide = -1;
    private Project sample = new Project(ProjectKey.of(2025, "", "-"), Profile.EMPTY, Funding.EMPTY, Goals.EMPTY,
            List.of(Indicator.of("", "", "", "≥360(个)", "144(个)", BigDecimal.valueOf(5), null, "")),
            Published.NONE);
    private Project typingSample;

    /** {@code project}: the project this was opened from, rescored under both sets; empty from the register. */
    RulesWindow(Session session, Optional<Draft> project) {
        super(session);
        this.project = project;
        RuleSet start = project.map(Draft::rules).orElse(RuleSets.national2020());
        sets[0] = start;
        sets[1] = start;
        cursor.moveTo(RulesSheet.SAMPLE.indexOf(FormField.ACTUAL), 0, ROWS);
    }

    @Override
    protected String title() {
        return Words.RULES.in(language) + project.map(draft -> " — " + draft.project().key().year() + " "
                + draft.project().key().name()).orElse("");
    }

    @Override
    protected List<Line> body(int width, int height) {
        RulesSheet sheet = new RulesSheet(language, width);
        List<Line> lines = new ArrayList<>();
        lines.add(sheet.heading(shown(0), changed[0], shown(1), changed[1]));
        project.ifPresent(draft -> lines.addAll(sheet.project(review(0, draft), review(1, draft))));
        lines.addAll(sheet.sample(sampleScore(0), sampleScore(1), sampleScore(side())));
        int room = Math.max(1, height - lines.size());
        lines.addAll(sheet.rows(shownSample(), shown(0), shown(1), cursor.rows().viewport(ROWS, room), cursor.row(),
                cursor.column()));
        return lines;
    }

    /** The whole of the selected row: a parameter's value in the selected set and its meaning, or a sample input. */
    @Override
    protected Optional<Line> selection(int width) {
        Optional<Parameter> parameter = parameter();
        String text = parameter.map(p -> (cursor.column() == 0 ? "A " : "B ") + p.key() + " = "
                + shown(cursor.column()).parameters().get(p) + "  " + p.meaning().in(language))
                .orElseGet(() -> sampleField().label(FormKind.SELF_EVALUATION).in(language) + ": " + sampleField().read(shownSample()));
        return Optional.of(Line.fitted(List.of(new Segment(text, Tone.DIM)), width));
    }

    @Override
    protected void typedOver(char typed) {
        edit(Optional.of(String.valueOf(typed)));
    }

    @Override
    protected void pasted(String text) {
        edit(Optional.of(text));
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), Words.EDIT, () -> edit(Optional.empty()))
                        .or(Key.of(KeyType.F2, "F2")),
                KeyBinding.of(Key.ctrl('o'), Words.OPEN_A_RULE_SET, this::open),
                KeyBinding.of(Key.ctrl('s'), Words.SAVE_TO_A_FILE, this::saveAs)
                        .pinnedWhen(() -> changed[0] || changed[1]),
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::leave)));
        bindings.addAll(Navigation.cells(cursor, () -> ROWS, () -> bodyHeight() - 4));
        return new KeyMap(bindings);
    }

    private RuleSet shown(int side) {
        return side == typingSide && typingSet != null ? typingSet : sets[side];
    }

    private Project shownSample() {
        return typingSample != null ? typingSample : sample;
    }

    private Review review(int side, Draft draft) {
        return new Reviewer(shown(side)).review(draft.project(), draft.form().kind());
    }

    private IndicatorScore sampleScore(int side) {
        return new Scorer(shown(side)).score(shownSample().indicators().get(0));
    }

    private Optional<Parameter> parameter() {
        int row = cursor.row() - RulesSheet.SAMPLE.size();
        return row < 0 ? Optional.empty() : Optional.of(RulesSheet.PARAMETERS.get(row));
    }

    private Field sampleField() {
        FormField field = RulesSheet.SAMPLE.get(cursor.row());
        IndicatorColumn column = switch (field) {
            case TARGET -> IndicatorColumn.TARGET;
            case ACTUAL -> IndicatorColumn.ACTUAL;
            default -> IndicatorColumn.WEIGHT;
        };
        return new IndicatorField(0, column);
    }

    /** The set the cursor is on, which opening, saving and the sample's explanation are about: B on a sample row. */
    private int side() {
        return parameter().isPresent() ? cursor.column() : 1;
    }

    private void edit(Optional<String> typedOver) {
        Prompt prompt = parameter().map(this::parameterPrompt).orElseGet(this::samplePrompt);
        for (Map.Entry<Prompt.Move, Runnable> move : Prompt.through(cursor, () -> ROWS).entrySet()) {
            prompt = prompt.moving(move.getKey(), move.getValue());
        }
        if (typedOver.isPresent()) {
            ask(prompt, typedOver.get());
        } else {
            ask(prompt.editing());
        }
    }

    private Prompt samplePrompt() {
        Field field = sampleField();
        return Prompt.of(field.label(FormKind.SELF_EVALUATION), field.read(sample), text -> {
            try {
                sample = field.write(sample, text);
                typingSample = null;
                return Optional.empty();
            } catch (InvalidEntry invalid) {
                return Optional.of(invalid.reason());
            }
        }).typing(text -> {
            try {
                typingSample = field.write(sample, text);
                return Optional.empty();
            } catch (InvalidEntry invalid) {
                typingSample = null;
                return Optional.of(invalid.reason());
            }
        }).cancelling(() -> typingSample = null);
    }

    /** A parameter of the set under the cursor: every key rescores with the value typed, where the set can hold it. */
    private Prompt parameterPrompt(Parameter parameter) {
        int side = cursor.column();
        return Prompt.of(Bilingual.same((side == 0 ? "A " : "B ") + parameter.key()), sets[side].parameters().get(parameter),
                text -> {
                    try {
                        sets[side] = usable(sets[side].with(parameter, text.strip()));
                        changed[side] = true;
                        typingSet = null;
                        return Optional.empty();
                    } catch (InvalidRuleSetException invalid) {
                        return Optional.of(invalid.problems().get(0));
                    }
                }).typing(text -> {
                    typingSide = side;
                    try {
                        typingSet = usable(sets[side].with(parameter, text.strip()));
                        return Optional.empty();
                    } catch (InvalidRuleSetException invalid) {
                        typingSet = null;
                        return Optional.of(invalid.problems().get(0));
                    }
                }).cancelling(() -> typingSet = null);
    }

    /**
     * The set, provided it can score the sample and the project: a value the file format accepts
     * may still be one the arithmetic cannot use, and a trainer is told so instead of the screen failing.
     */
    private RuleSet usable(RuleSet rules) throws InvalidRuleSetException {
        try {
            new Scorer(rules).score(shownSample().indicators().get(0));
            project.ifPresent(draft -> new Reviewer(rules).review(draft.project(), draft.form().kind()));
            return rules;
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidRuleSetException(List.of(Words.format(Words.CANNOT_SCORE, why)));
        }
    }

    /** Reads a rule-set file (or a built-in set) into the column under the cursor, off the GUI thread. */
    private void open() {
        int side = side();
        ask(Prompt.of(Words.OPEN_RULE_SET_PROMPT, "", name -> {
            session.background().run(() -> usable(RuleSets.resolve(name.strip())), loaded -> {
                sets[side] = loaded;
                changed[side] = false;
                say(Words.format(Words.OPENED_RULE_SET, loaded.name()), Tone.GOOD);
            }, failure -> refuse(Failures.explain(failure)));
            return Optional.empty();
        }));
    }

    /** Writes the set under the cursor to a file, asking before it replaces one. */
    private void saveAs() {
        int side = side();
        RuleSet rules = sets[side];
        ask(Prompt.of(Words.SAVE_RULE_SET_PROMPT, rules.name() + ".properties", name -> {
            Path file;
            try {
                file = Path.of(name.strip());
            } catch (InvalidPathException e) {
                return Optional.of(Words.format(Words.NOT_A_FILE_NAME, name));
            }
            if (Files.exists(file)) {
                choose(Choice.confirm(Words.format(Words.OVERWRITE, file),
                        Words.OVERWRITE_KEYS, () -> write(side, rules, file)));
            } else {
                write(side, rules, file);
            }
            return Optional.empty();
        }));
    }

    private void write(int side, RuleSet rules, Path file) {
        session.background().run(() -> session.ruleSets().orElseThrow(() -> new Refusal(Words.NO_RULE_SET_FILES))
                .write(rules, file), saved -> {
            changed[side] = sets[side] != rules && changed[side];
            say(Words.format(Words.RULE_SET_SAVED, saved), Tone.GOOD);
        }, failure -> refuse(Failures.explain(failure)));
    }

    /** Back to where it was opened; changes not saved to a file are dropped only when the trainer says so. */
    private void leave() {
        if (!changed[0] && !changed[1]) {
            back();
            return;
        }
        choose(new Choice(Words.RULES_UNSAVED, Words.RULES_UNSAVED_KEYS, Map.of('d', this::back)));
    }
}
