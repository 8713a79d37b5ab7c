package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Funding;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.domain.stage.StageKind;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.controller.RowCursor;
import jixiao.tui.editing.Draft;
import jixiao.tui.editing.InvalidEntry;
import jixiao.tui.editing.ProjectField;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.ProjectTable;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * The register: every project with its total, grade and counts of findings.
 *
 * <pre>
 * 绩效 │ 项目 (14)   筛选: 2024 “审计”
 * 年度 单位               项目名称                       表    总分 等级   错/醒
 * 2024 上海市医药集中招… 财务专项审计和资产评估鉴定费   自评 99.32 优       0/2
 * …
 * F1 帮助  Enter 打开  n 新建  d 删除  / 搜索  y 年度  r 规则演示  q 退出
 * </pre>
 */
final class ProjectsWindow extends ScreenWindow {

    private final RowCursor cursor = new RowCursor();
    private List<ProjectSummary> all = List.of();
    private boolean loading = true;
    private String search = "";
    private Optional<Integer> year = Optional.empty();

    ProjectsWindow(Session session) {
        super(session);
    }

    /** Reads the register off the GUI thread; the table shows it when it arrives. */
    void load() {
        loading = true;
        session.background().run(() -> session.projects().list(ProjectFilter.ALL), loaded -> {
            Optional<Long> selectedId = selected().map(ProjectSummary::id);
            all = loaded;
            loading = false;
            selectedId.ifPresent(this::select);
            repaint();
        }, failure -> {
            loading = false;
            refuse(Failures.explain(failure));
        });
    }

    @Override
    protected void returned() {
        load();
    }

    @Override
    protected String title() {
        String filter = year.map(String::valueOf).orElse("") + (search.isBlank() ? "" : " “" + search + "”");
        return Words.PROJECTS.in(language) + " (" + shown().size() + ")"
                + (filter.isBlank() ? "" : "   " + Words.FILTER.in(language) + ":" + filter);
    }

    @Override
    protected List<Line> body(int width, int height) {
        ProjectTable table = new ProjectTable(language, width);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted(table.header().text(), Tone.HEADING, width));
        List<ProjectSummary> shown = shown();
        if (loading) {
            lines.add(Line.fitted(Words.LOADING.in(language), Tone.DIM, width));
        } else if (all.isEmpty()) {
            lines.add(Line.fitted(Words.NO_PROJECTS.in(language), Tone.DIM, width));
        }
        lines.addAll(table.rows(shown, cursor.viewport(shown.size(), height - 1), cursor.selected()));
        return lines;
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), Words.OPEN, this::openSelected)
                        .unless(this::noSelection),
                KeyBinding.of(Key.character('n'), Words.NEW, this::create),
                KeyBinding.of(Key.character('d'), Words.DELETE, this::confirmDelete)
                        .or(Key.of(KeyType.Delete, "Del")).unless(this::noSelection),
                KeyBinding.of(Key.character('/'), Words.SEARCH, this::searchByName),
                KeyBinding.of(Key.character('y'), Words.YEAR_FILTER, this::nextYear),
                KeyBinding.of(Key.character('r'), Words.RULES_DEMO,
                        () -> session.open(new RulesWindow(session, Optional.empty()))),
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.CLEAR_THE_FILTER_OR_QUIT,
                        this::clearFilterOrQuit).helpOnly(),
                KeyBinding.of(Key.character('q'), Words.QUIT, this::close)));
        bindings.addAll(Navigation.rows(cursor, () -> shown().size(), () -> bodyHeight() - 1));
        return new KeyMap(bindings);
    }

    /** Esc takes off a filter before it ever leaves: a search is no reason to end the program. */
    private void clearFilterOrQuit() {
        if (search.isBlank() && year.isEmpty()) {
            close();
            return;
        }
        search = "";
        year = Optional.empty();
        say(Words.FILTER_CLEARED, Tone.DIM);
    }

    private List<ProjectSummary> shown() {
        return all.stream()
                .filter(project -> year.isEmpty() || project.key().year() == year.get())
                .filter(project -> ProjectTable.matches(project, search))
                .toList();
    }

    private Optional<ProjectSummary> selected() {
        List<ProjectSummary> shown = shown();
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(Math.min(cursor.selected(), shown.size() - 1)));
    }

    private Optional<Bilingual> noSelection() {
        return selected().isPresent() ? Optional.empty() : Optional.of(Words.NOTHING_SELECTED);
    }

    private void select(long id) {
        List<ProjectSummary> shown = shown();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                cursor.moveTo(i, shown.size());
            }
        }
    }

    private void openSelected() {
        selected().ifPresent(summary -> open(summary.id(), false, Optional.empty()));
    }

    /**
     * Reads the project, its rule set and its unit's other projects (for the target-quality lint)
     * off the GUI thread, then opens its indicators, and over them its monitoring return when
     * {@code monitoring}; {@code said} goes on the screen that opens last.
     */
    void open(long id, boolean monitoring, Optional<Bilingual> said) {
        say(Words.LOADING, Tone.DIM);
        session.background().run(() -> {
            StoredProject stored = session.stored(id);
            Draft draft = new Draft(stored, stored.ruleSet()); // the project keeps its rule set
            return new IndicatorsWindow(session, draft, neighbours(stored));
        }, indicators -> {
            clearMessage();
            session.open(indicators);
            if (monitoring) {
                indicators.openMonitoring();
            }
            if (session.gui().getActiveWindow() instanceof ScreenWindow top) {
                said.ifPresent(words -> top.say(words, Tone.GOOD));
            }
        }, failure -> refuse(Failures.explain(failure)));
    }

    /**
     * The other project-years that may be the same project in another year, or its unit's others:
     * its unit's, and any with its code (as {@code jixiao trend} finds them), each as the form that
     * says most about its year (the self-evaluation, else the targets in force).
     */
    private List<Project> neighbours(StoredProject stored) {
        ProjectKey key = stored.year().key();
        return session.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.id() != stored.id())
                .filter(summary -> summary.key().unit().equals(key.unit())
                        || key.hasCode() && summary.key().code().strip().equals(key.code().strip()))
                .flatMap(summary -> session.projects().find(summary.id()).stream())
                .map(found -> found.year().comparableForm())
                .toList();
    }

    private void searchByName() {
        String before = search;
        ask(Prompt.of(Words.SEARCH_PROMPT, search, typed -> Optional.empty())
                .typing(typed -> {
                    search = typed;
                    cursor.moveTo(0, shown().size());
                    return Optional.empty();
                })
                .cancelling(() -> search = before)
                .moving(Prompt.Move.UP, () -> cursor.moveBy(-1, shown().size()))
                .moving(Prompt.Move.DOWN, () -> cursor.moveBy(1, shown().size())));
    }

    /** All years, then each year in the register in turn. */
    private void nextYear() {
        TreeSet<Integer> years = new TreeSet<>(all.stream().map(project -> project.key().year()).toList());
        year = year.isEmpty() ? Optional.ofNullable(years.isEmpty() ? null : years.first())
                : Optional.ofNullable(years.higher(year.get()));
        cursor.moveTo(0, shown().size());
    }

    private void confirmDelete() {
        ProjectSummary doomed = selected().orElseThrow();
        choose(Choice.confirm(Words.format(Words.DELETE_PROJECT, doomed.key().name()), Words.DELETE_KEYS,
                () -> delete(doomed)));
    }

    private void delete(ProjectSummary doomed) {
        session.background().run(() -> {
            session.projects().delete(doomed.id(), doomed.revision());
            return doomed;
        }, deleted -> {
            say(Words.format(Words.DELETED, deleted.key().name()), Tone.GOOD);
            load();
        }, failure -> refuse(Failures.explain(failure)));
    }

    /**
     * Asks which paper the project is typed from first (申报表 or 自评表: the form is chosen, never
     * guessed from what is typed), then the year (this year for a declaration, last year for a
     * self-evaluation), the name and the unit; stores the empty form as that stage and opens it.
     */
    private void create() {
        choose(new Choice(Words.WHICH_FORM, Words.WHICH_FORM_KEYS, Map.of(
                '1', () -> create(StageKind.DECLARATION),
                '2', () -> create(StageKind.SELF_EVALUATION))));
    }

    private void create(StageKind stage) {
        int thisYear = Year.now().getValue();
        int suggestedYear = stage == StageKind.DECLARATION ? thisYear : thisYear - 1;
        String suggestedUnit = selected().map(summary -> summary.key().unit()).orElse("");
        Project blank = new Project(new ProjectKey(suggestedYear, suggestedUnit, "-", ""), Profile.EMPTY,
                Funding.EMPTY, Goals.EMPTY, List.of(), Published.NONE);
        askInTurn(stage, blank, List.of(ProjectField.YEAR, ProjectField.NAME, ProjectField.UNIT));
    }

    private void askInTurn(StageKind stage, Project draft, List<ProjectField> fields) {
        if (fields.isEmpty()) {
            add(ProjectYear.of(stage == StageKind.DECLARATION ? Declaration.of(draft) : new SelfEvaluation(draft)));
            return;
        }
        ProjectField field = fields.get(0);
        String initial = field == ProjectField.NAME ? "" : field.read(draft);
        ask(Prompt.of(field.label(stage.formKind()), initial, typed -> {
            try {
                askInTurn(stage, field.write(draft, typed), fields.subList(1, fields.size()));
                return Optional.empty();
            } catch (InvalidEntry invalid) {
                return Optional.of(invalid.reason());
            }
        }));
        say(Words.format(Words.NEW_FORM, stage.title()), Tone.DIM);
    }

    /** Stores a new project unless one with its year, unit and name exists (storing would replace it). */
    private void add(ProjectYear year) {
        session.background().run(() -> {
            if (session.projects().find(year.key()).isPresent()) {
                throw new Refusal(Words.format(Words.PROJECT_EXISTS, year.key()));
            }
            return session.projects().put(year, RuleSets.national2020());
        }, stored -> {
            load();
            open(stored.id(), false, Optional.empty());
        }, failure -> refuse(Failures.explain(failure)));
    }
}
