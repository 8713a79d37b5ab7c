package jixiao.storage.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.domain.language.Language;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.Published;
import jixiao.domain.stage.ProjectYear;

/**
 * Project-years as spreadsheet rows, for CSV and XLSX export: the columns of the form and the stage
 * columns the years need ({@link #columns}), in {@link Column}'s order; one row per indicator of a
 * year's latest form with the project's columns repeated on each, or one row with blank indicator
 * columns for a form that has none. Amounts are plain decimals that keep their scale.
 */
final class ProjectRows {

    private ProjectRows() {
    }

    /** The columns to write for these years: the form's, {@code stages}, and each stage group one of them has. */
    static List<Column> columns(Iterable<ProjectYear> years) {
        Set<Column.Group> groups = EnumSet.of(Column.Group.FORM, Column.Group.ALWAYS);
        for (ProjectYear year : years) {
            groups.addAll(StageCells.groups(FlatYear.of(year).keys()));
        }
        return Arrays.stream(Column.values()).filter(column -> groups.contains(column.group())).toList();
    }

    static List<String> header(List<Column> columns, Language language) {
        return columns.stream().map(column -> column.header(language)).toList();
    }

    static List<List<String>> of(ProjectYear year, List<Column> columns) {
        FlatYear flat = FlatYear.of(year);
        Project project = flat.form();
        Map<Column, String> projectCells = projectCells(project);
        projectCells.putAll(StageCells.projectCells(flat.keys()));
        if (!flat.keys().forms().isEmpty()) {
            projectCells.put(Column.FORMS, JsonWriter.forms(flat.keys().forms()));
        }
        List<List<String>> rows = new ArrayList<>();
        if (project.indicators().isEmpty()) {
            rows.add(row(columns, projectCells, Map.of()));
        }
        for (int i = 0; i < project.indicators().size(); i++) {
            Map<Column, String> indicatorCells = indicatorCells(project.indicators().get(i));
            indicatorCells.putAll(StageCells.rowCells(flat.keys(), i));
            rows.add(row(columns, projectCells, indicatorCells));
        }
        return rows;
    }

    private static List<String> row(List<Column> columns, Map<Column, String> projectCells,
            Map<Column, String> indicatorCells) {
        List<String> row = new ArrayList<>();
        for (Column column : columns) {
            Map<Column, String> cells = column.part() == Column.Part.INDICATOR ? indicatorCells : projectCells;
            row.add(cells.getOrDefault(column, ""));
        }
        return row;
    }

    private static Map<Column, String> projectCells(Project project) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.YEAR, String.valueOf(project.key().year()));
        cells.put(Column.CODE, project.key().code());
        cells.put(Column.DEPARTMENT, project.profile().department());
        cells.put(Column.UNIT, project.key().unit());
        cells.put(Column.NAME, project.key().name());
        cells.put(Column.NATURE, project.profile().nature());
        cells.put(Column.CATEGORY, project.profile().category());
        cells.put(Column.START, project.profile().start());
        cells.put(Column.END, project.profile().end());
        cells.put(Column.MONEY_UNIT, project.funding().moneyUnit());
        for (Column column : Column.values()) {
            column.fundingSource().ifPresent(source -> cells.put(column,
                    Amounts.write(project.funding().line(source).get(column.fundingColumn()))));
        }
        cells.put(Column.OVERALL_GOAL, project.goals().overall());
        cells.put(Column.GOAL, project.goals().annual());
        cells.put(Column.ACTUAL_SUMMARY, project.goals().actualSummary());
        Published published = project.published();
        cells.put(Column.EXECUTION_WEIGHT, Amounts.write(published.executionWeight()));
        cells.put(Column.EXECUTION_RATE, Amounts.write(published.executionRate()));
        cells.put(Column.EXECUTION_SCORE, Amounts.write(published.executionScore()));
        cells.put(Column.TOTAL_SCORE, Amounts.write(published.totalScore()));
        cells.put(Column.GRADE, published.grade().orElse(""));
        return cells;
    }

    private static Map<Column, String> indicatorCells(Indicator indicator) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.LEVEL1, indicator.level1());
        cells.put(Column.LEVEL2, indicator.level2());
        cells.put(Column.INDICATOR, indicator.name());
        cells.put(Column.TARGET, indicator.target().text());
        cells.put(Column.ACTUAL, indicator.actual().text());
        cells.put(Column.WEIGHT, Amounts.write(indicator.weight()));
        cells.put(Column.SCORE, Amounts.write(indicator.manualScore()));
        cells.put(Column.DEVIATION, indicator.deviation());
        return cells;
    }
}
