package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.Review;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.tui.editing.Field;
import jixiao.tui.editing.FundingField;
import jixiao.tui.editing.ProjectField;

/**
 * The form's header and funding block: one row per header field, then the funding table (four
 * lines × initial/adjusted/executed) and the execution rate and score with their explanation.
 *
 * <pre>
 * 年度           2024
 * 项目名称       财务专项审计和资产评估鉴定费
 * …
 * 资金（万元）       年初预算数     全年预算数     全年执行数
 * 年度资金总额           127.00         127.00         118.35
 * 执行率 93.19%  执行得分 9.32
 * </pre>
 */
public final class ProjectSheet {

    /** The editable rows, top to bottom; a funding row has one field per money column. */
    public static final List<List<Field>> ROWS = rows();

    private static final int LABEL = 14;
    private static final int AMOUNT = 14;
    private static final int FUNDING_HEADER_LINES = 2;

    private final Language language;
    private final int width;

    public ProjectSheet(Language language, int width) {
        this.language = language;
        this.width = width;
    }

    /** The line on which an editable row is drawn (the funding table has a gap and a heading above it). */
    public static int lineOf(int row) {
        return row < ProjectField.values().length ? row : row + FUNDING_HEADER_LINES;
    }

    public List<Line> lines(Project project, Review review, int selectedRow, int selectedColumn) {
        List<Line> lines = new ArrayList<>();
        for (int row = 0; row < ROWS.size(); row++) {
            if (row == ProjectField.values().length) {
                lines.add(Line.fitted("", Tone.NORMAL, width));
                lines.add(fundingHeader(project));
            }
            lines.add(row(project, ROWS.get(row), row == selectedRow ? selectedColumn : -1));
        }
        review.scorecard().execution().ifPresent(execution -> lines.addAll(execution(execution)));
        return lines;
    }

    private Line row(Project project, List<Field> fields, int cursor) {
        boolean selected = cursor >= 0;
        Tone tone = selected ? Tone.SELECTED : Tone.NORMAL;
        List<Segment> parts = new ArrayList<>();
        if (fields.size() == 1) {
            Field field = fields.get(0);
            parts.add(new Segment(Columns.fit(field.label().in(language), LABEL) + " ", selected ? Tone.SELECTED : Tone.HEADING));
            parts.add(new Segment(Columns.fit(field.read(project), width - LABEL - 1), selected ? Tone.CURSOR : tone));
        } else {
            FundingField first = (FundingField) fields.get(0);
            parts.add(new Segment(Columns.fit(first.source().label().in(language), LABEL) + " ", selected ? Tone.SELECTED : Tone.HEADING));
            for (int column = 0; column < fields.size(); column++) {
                parts.add(new Segment(Columns.fitRight(fields.get(column).read(project), AMOUNT),
                        column == cursor ? Tone.CURSOR : tone));
                parts.add(new Segment(" ", tone));
            }
        }
        return Line.fitted(parts, width);
    }

    private Line fundingHeader(Project project) {
        StringBuilder header = new StringBuilder(Columns.fit(
                String.format(Words.FUNDING.in(language), project.funding().moneyUnit()), LABEL) + " ");
        for (FundingColumn column : FundingColumn.values()) {
            header.append(Columns.fitRight(column.label().in(language), AMOUNT)).append(' ');
        }
        return Line.fitted(header.toString(), Tone.HEADING, width);
    }

    private List<Line> execution(ExecutionScore execution) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted(Words.EXECUTION.in(language) + " " + ScoreLine.rate(execution)
                + "  " + Words.EXECUTION_SCORE.in(language) + " " + execution.score().toPlainString() + " / "
                + execution.weight().toPlainString(), Tone.HEADING, width));
        for (String step : execution.explanation().in(language)) {
            lines.addAll(Line.wrapped("  " + step, Tone.NORMAL, width));
        }
        return lines;
    }

    private static List<List<Field>> rows() {
        List<List<Field>> rows = new ArrayList<>();
        for (ProjectField field : ProjectField.values()) {
            rows.add(List.of(field));
        }
        for (FundingSource source : FundingSource.values()) {
            List<Field> line = new ArrayList<>();
            for (FundingColumn column : FundingColumn.values()) {
                line.add(new FundingField(source, column));
            }
            rows.add(List.copyOf(line));
        }
        return List.copyOf(rows);
    }
}
