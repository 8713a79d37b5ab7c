package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/**
 * Turns the rows of a spreadsheet file, one indicator each, into project-years, shared by CSV and XLSX:
 * each project's form, and its stage columns ({@link StageCells}) made into its year ({@link FlatYear}).
 * The first row that is not blank is the header. A row starts another project when its year, unit,
 * name or code is given and differs from the project above; a project's other columns may be left
 * blank on its later rows, and a value that contradicts an earlier one is a problem.
 *
 * <p>Each project is handed on as soon as its rows end, if none of them had a problem, so that only
 * one project is ever held in memory. Every problem is collected, located {@code FILE:LINE: column}.
 * Every cell is checked as it comes ({@link CellText}), and so are the {@link Limits} of rows, of a
 * project's indicators and text, and the identity of each project: a project named twice in one
 * file, by its key or its code, is refused rather than silently replacing the first.
 */
final class RowAssembler {

    private final Problems problems;
    private final Consumer<ProjectYear> each;
    private final Limits limits;
    private final ProjectIdentities started = new ProjectIdentities();
    private Header header;
    private int headerWidth;
    private boolean stopped;
    private long rows;
    private Draft draft;

    RowAssembler(Problems problems, Limits limits, Consumer<ProjectYear> each) {
        this.problems = problems;
        this.limits = limits;
        this.each = each;
    }

    /**
     * False once reading on is pointless: the header is unusable (the rest would only repeat its
     * problems), or the file has more rows than the limit.
     */
    boolean wantsRows() {
        return !stopped;
    }

    /** How many cells the header row had, once it is read: CSV holds every row to it. */
    OptionalInt headerWidth() {
        return header == null ? OptionalInt.empty() : OptionalInt.of(headerWidth);
    }

    /** One row of cells as the file holds them; {@code line} is where the row starts in the file. */
    void row(int line, List<String> row) {
        row(line, row, true);
    }

    /**
     * The same, from a reader that has seen every character of the row: {@code mayHoldControls} false
     * when none may be a control character ({@link jixiao.domain.language.Printable#mayBeControl}), so
     * that the cells need only be measured.
     */
    void row(int line, List<String> row, boolean mayHoldControls) {
        if (blank(row)) {
            return;
        }
        if (++rows > limits.rows()) {
            problems.add(line, "", "文件超过 " + limits.rows() + " 行的上限：请分成几个文件导入",
                    "the file has more than " + limits.rows() + " rows, the limit: import it as several files");
            stopped = true;
            return;
        }
        if (!cellsReadable(line, row, mayHoldControls)) {
            return; // the problems counted keep its project from being handed on
        }
        if (header == null) {
            header = Header.read(line, row, problems).orElse(null);
            headerWidth = row.size();
            stopped = header == null;
            return;
        }
        header.unnamed(line, row, problems);
        if (draft == null || startsAnotherProject(row)) {
            finishProject();
            startProject(line, row);
        } else {
            takeProjectCells(line, row);
        }
        takeIndicator(line, row);
    }

    /** Whether the row's cells in these columns are all blank. */
    private boolean blank(List<String> row, List<Column> columns) {
        for (Column column : columns) {
            if (!cell(row, column).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every cell of a row is blank: such a row is skipped wherever it is. */
    static boolean blank(List<String> row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Hands on the last project; call once, after the last row. */
    void finish() {
        if (header == null && !stopped && problems.count() == 0) {
            problems.add("文件为空：没有表头行", "the file is empty: there is no header row");
        }
        finishProject();
    }

    /**
     * Whether every cell of the row is text a form may hold; the problems name the cells that are not.
     * Such a row is not taken apart at all: its project cannot be imported anyway.
     */
    private boolean cellsReadable(int line, List<String> row, boolean mayHoldControls) {
        boolean readable = true;
        for (int i = 0; i < row.size(); i++) {
            Optional<Bilingual> problem = mayHoldControls ? CellText.problem(row.get(i), limits)
                    : CellText.tooLong(row.get(i), limits);
            if (problem.isPresent()) {
                problems.add(line, header == null ? Header.letter(i) : header.name(i), problem.get());
                readable = false;
            }
        }
        return readable;
    }

    private boolean startsAnotherProject(List<String> row) {
        for (Column column : header.present(Column.Part.KEY)) {
            String given = cell(row, column).strip();
            if (!given.isEmpty() && !given.equals(draft.text(column).strip())) {
                return true;
            }
        }
        return false;
    }

    private void startProject(int line, List<String> row) {
        draft = new Draft(problems.count(), line);
        takeProjectCells(line, row);
        String year = draft.text(Column.YEAR).strip();
        if (year.isEmpty()) {
            problem(line, Column.YEAR, "缺少年度", "the year is missing");
        } else if (!ProjectKey.isYear(year)) {
            Bilingual shown = Excerpt.of(year);
            problem(line, Column.YEAR, "年度应为 " + ProjectKey.FIRST_YEAR + " 至 " + ProjectKey.LAST_YEAR + " 的四位数字，而不是“"
                    + shown.zh() + "”", "the year must be four digits from " + ProjectKey.FIRST_YEAR + " to "
                    + ProjectKey.LAST_YEAR + ", not '" + shown.en() + "'");
            return;
        }
        String name = draft.text(Column.NAME);
        if (name.isBlank()) {
            problem(line, Column.NAME, "缺少项目名称", "the project has no name");
            return;
        }
        ProjectKey key = new ProjectKey(Integer.parseInt(year), draft.text(Column.UNIT), name, draft.text(Column.CODE));
        started.add(key, line).ifPresent(earlier -> duplicate(line, key, earlier));
    }

    private void duplicate(int line, ProjectKey key, ProjectIdentities.Earlier earlier) {
        if (earlier.byCode()) {
            Bilingual code = Excerpt.of(key.code().strip());
            problem(line, Column.CODE, "项目编码“" + code.zh() + "”已由第 " + earlier.where() + " 行的项目使用：一个编码只能属于一个项目",
                    "the code '" + code.en() + "' is already the code of the project on line " + earlier.where()
                            + ": a code belongs to one project");
        } else {
            Bilingual name = Excerpt.of(key.name().strip());
            problem(line, Column.NAME, "项目“" + name.zh() + "”已在第 " + earlier.where() + " 行出现：一个项目的各行须相连，且只出现一次",
                    "project '" + name.en() + "' already appeared on line " + earlier.where()
                            + ": a project's rows must be together, and only once in a file");
        }
    }

    private void takeProjectCells(int line, List<String> row) {
        for (Column column : header.present()) {
            String given = cell(row, column);
            if (column.part() == Column.Part.INDICATOR || given.isBlank()) {
                continue;
            }
            if (!draft.has(column)) {
                draft.put(column, given, line, amount(line, column, given));
                StageCells.problem(column, given).ifPresent(why -> problem(line, column, why.zh(), why.en()));
            } else if (!same(column, draft.text(column), given)) {
                Bilingual earlier = Excerpt.of(draft.text(column).strip());
                problem(line, column, "与本项目第 " + draft.line(column) + " 行的“" + earlier.zh() + "”矛盾",
                        "contradicts '" + earlier.en() + "' on line " + draft.line(column) + " of this project");
            }
        }
    }

    private void takeIndicator(int line, List<String> row) {
        if (blank(row, header.present(Column.Part.INDICATOR))) {
            return;
        }
        if (draft.indicators.size() == limits.indicators()) {
            problem(line, Column.INDICATOR, "一个项目至多 " + limits.indicators() + " 个指标",
                    "a project may have at most " + limits.indicators() + " indicators");
        }
        Optional<BigDecimal> weight = amount(line, Column.WEIGHT, cell(row, Column.WEIGHT));
        Optional<BigDecimal> score = amount(line, Column.SCORE, cell(row, Column.SCORE));
        for (Column column : header.present(Column.Part.INDICATOR)) {
            draft.chars += cell(row, column).length();
        }
        if (draft.chars > limits.projectChars() && !draft.tooLong) {
            draft.tooLong = true;
            problem(line, Column.INDICATOR, "项目的文字超过 " + limits.projectChars() + " 字的上限",
                    "the project's text is longer than the limit of " + limits.projectChars() + " characters");
        }
        if (problems.count() > draft.problemsBefore) {
            return; // the project will not be imported: holding its rows would only cost memory
        }
        draft.indicators.add(Indicator.of(cell(row, Column.LEVEL1), cell(row, Column.LEVEL2),
                cell(row, Column.INDICATOR), cell(row, Column.TARGET), cell(row, Column.ACTUAL),
                weight.orElse(null), score.orElse(null), cell(row, Column.DEVIATION)));
        draft.rows.add(stageCells(line, row));
    }

    /** The row's stage cells that are filled in, reporting those that do not read. */
    private Map<Column, String> stageCells(int line, List<String> row) {
        Map<Column, String> stageCells = Map.of();
        for (Column column : header.stageRowColumns()) {
            String given = cell(row, column);
            if (!given.isBlank()) {
                if (stageCells.isEmpty()) {
                    stageCells = new EnumMap<>(Column.class); // most rows have none: no map made for them
                }
                stageCells.put(column, given);
                StageCells.problem(column, given).ifPresent(why -> problem(line, column, why.zh(), why.en()));
            }
        }
        return stageCells;
    }

    private void finishProject() {
        if (draft != null && problems.count() == draft.problemsBefore) {
            year().ifPresent(each);
        }
        draft = null;
    }

    /** The draft's year, or empty after saying, at the project's first line, why its stages do not make one. */
    private Optional<ProjectYear> year() {
        int line = draft.firstLine;
        Map<StageKind, Project> forms = draft.has(Column.FORMS) ? JsonReader.forms(draft.text(Column.FORMS),
                (key, why) -> problem(line, Column.FORMS, key + ": " + why.zh(), key + ": " + why.en())) : Map.of();
        // A file of forms alone (no stage column) says nothing of the year beside its form.
        StageKeys keys = header.hasStageColumns() ? StageCells.keys(draft.values, draft.rows, header.columns(), forms)
                : StageKeys.NONE;
        if (keys.monitoring().isPresent() && draft.text(Column.MONITORING_MONTH).isBlank()) {
            problem(line, Column.MONITORING_MONTH, "运行监控须填监控月份（1 到 12）", "a monitoring return needs its month (1 to 12)");
        }
        if (problems.count() > draft.problemsBefore) {
            return Optional.empty();
        }
        FlatYear.Read read = new FlatYear(draft.toProject(), keys).toYear();
        read.problems().forEach(found -> problem(line, StageCells.columnOf(found.key()), found.key() + ": "
                + found.message().zh(), found.key() + ": " + found.message().en()));
        return read.year();
    }

    /** The amount in a cell, reporting a cell that is not one, or is negative. */
    private Optional<BigDecimal> amount(int line, Column column, String text) {
        if (!column.isAmount()) {
            return Optional.empty();
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        return AmountText.read(text, problem -> problem(line, column, problem));
    }

    /** Whether a later row's value says the same as the project's: amounts by value, text as typed but for spaces around it. */
    private static boolean same(Column column, String earlier, String later) {
        if (earlier.strip().equals(later.strip())) {
            return true;
        }
        if (column.isAmount()) {
            try {
                Optional<BigDecimal> first = Amounts.parse(earlier);
                Optional<BigDecimal> second = Amounts.parse(later);
                return first.isPresent() && second.isPresent() && first.get().compareTo(second.get()) == 0;
            } catch (NumberFormatException e) {
                // An unreadable amount was reported where it first appeared; it differs from the other text.
            }
        }
        return false;
    }

    private void problem(int line, Column column, String zh, String en) {
        problems.add(line, header.name(column), zh, en);
    }

    private void problem(int line, Column column, Bilingual message) {
        problems.add(line, header.name(column), message);
    }

    private String cell(List<String> row, Column column) {
        return header.cell(row, column);
    }

    /** The project being read: the first value given for each project column, its indicators and their stage cells. */
    private static final class Draft {
        private final int problemsBefore;
        private final int firstLine;
        /** Characters of the project's text so far, against {@link Limits#projectChars()}. */
        private long chars;
        private boolean tooLong;
        private final Map<Column, String> values = new EnumMap<>(Column.class);
        private final Map<Column, Integer> lines = new EnumMap<>(Column.class);
        /** The amounts of the amount columns among {@link #values}, as read when they were put. */
        private final Map<Column, BigDecimal> amounts = new EnumMap<>(Column.class);
        private final List<Indicator> indicators = new ArrayList<>();
        /** Each indicator row's stage cells, row for row with {@link #indicators}. */
        private final List<Map<Column, String>> rows = new ArrayList<>();

        Draft(int problemsBefore, int firstLine) {
            this.problemsBefore = problemsBefore;
            this.firstLine = firstLine;
        }

        boolean has(Column column) {
            return values.containsKey(column);
        }

        String text(Column column) {
            return values.getOrDefault(column, "");
        }

        int line(Column column) {
            return lines.get(column);
        }

        void put(Column column, String value, int line, Optional<BigDecimal> amount) {
            chars += value.length();
            values.put(column, value);
            lines.put(column, line);
            amount.ifPresent(read -> amounts.put(column, read));
        }

        /** Only called when no cell of the project had a problem, so every amount was read. */
        Project toProject() {
            ProjectKey key = new ProjectKey(Integer.parseInt(text(Column.YEAR).strip()), text(Column.UNIT),
                    text(Column.NAME), text(Column.CODE));
            Profile profile = new Profile(text(Column.DEPARTMENT), text(Column.NATURE), text(Column.CATEGORY),
                    text(Column.START), text(Column.END));
            Map<FundingSource, FundingLine> fundingLines = new EnumMap<>(FundingSource.class);
            for (Column column : Column.values()) {
                column.fundingSource().ifPresent(source -> fundingLines.put(source, fundingLines.getOrDefault(source,
                        FundingLine.EMPTY).with(column.fundingColumn(), amount(column))));
            }
            Funding funding = new Funding(text(Column.MONEY_UNIT), fundingLines);
            Goals goals = new Goals(text(Column.OVERALL_GOAL), text(Column.GOAL), text(Column.ACTUAL_SUMMARY));
            String grade = text(Column.GRADE);
            Published published = new Published(amount(Column.EXECUTION_WEIGHT), amount(Column.EXECUTION_RATE),
                    amount(Column.EXECUTION_SCORE), amount(Column.TOTAL_SCORE),
                    grade.isBlank() ? Optional.empty() : Optional.of(grade));
            return new Project(key, profile, funding, goals, indicators, published);
        }

        private Optional<BigDecimal> amount(Column column) {
            return Optional.ofNullable(amounts.get(column));
        }
    }
}
