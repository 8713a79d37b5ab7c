package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.Review;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.tui.editing.Cell;
import jixiao.tui.editing.FormEntry;
import jixiao.tui.editing.FundingField;
import jixiao.tui.editing.PaperForm;
import jixiao.tui.editing.WholeProjectField;
import jixiao.tui.words.Words;

/**
 * The form's header and funding block, in the order and words of the project's paper form: one
 * row per header field, the funding table (four lines × the form's money columns), the goals,
 * then what the project holds that this paper does not print; last the execution rate and score
 * with their explanation.
 *
 * <pre>
 * 年度               2024
 * 项目名称           财务专项审计和资产评估鉴定费
 * …
 * 项目资金（万元）       年初预算数     全年预算数     全年执行数   (a declaration: 项目资金总额 … | 年度资金申请总额 …)
 * 年度资金总额               127.00         127.00         118.35
 * 其中：当年财政拨款         127.00         127.00         118.35
 * …
 * 执行率 93.19%  执行得分 9.32 / 10
 * </pre>
 */
public final class ProjectSheet {

    private static final int LABEL = 18;
    private static final int AMOUNT = 14;
    private static final int WHOLE_LABEL = 14;

    private final PaperForm form;
    private final Language language;
    private final int width;

    public ProjectSheet(PaperForm form, Language language, int width) {
        this.form = form;
        this.language = language;
        this.width = width;
    }

    /** The line on which an editable row is drawn: the funding table and the fields off the paper have a heading above them. */
    public int lineOf(int row) {
        int headings = 0;
        List<List<Cell>> sheet = form.sheet();
        for (int i = 0; i <= row && i < sheet.size(); i++) {
            headings += headingsBefore(i, "").size();
        }
        return row + headings;
    }

    public List<Line> lines(FormEntry entry, Review review, int selectedRow, int selectedColumn) {
        List<Line> lines = new ArrayList<>();
        List<List<Cell>> sheet = form.sheet();
        for (int row = 0; row < sheet.size(); row++) {
            for (String heading : headingsBefore(row, entry.form().funding().moneyUnit())) {
                lines.add(heading.isEmpty() ? Line.fitted("", Tone.NORMAL, width)
                        : Line.fitted(heading, Tone.HEADING, width));
            }
            lines.add(row(entry, sheet.get(row), row == selectedRow ? selectedColumn : -1));
        }
        review.scorecard().execution().ifPresent(execution -> lines.addAll(execution(execution)));
        return lines;
    }

    /**
     * A blank line and the money columns over the funding table, a blank line after it, and a
     * note over the fields not on this paper.
     */
    private List<String> headingsBefore(int row, String moneyUnit) {
        List<List<Cell>> sheet = form.sheet();
        boolean funding = isFunding(sheet.get(row));
        boolean afterFunding = row > 0 && isFunding(sheet.get(row - 1));
        if (funding && !afterFunding) {
            return List.of("", fundingHeader(moneyUnit));
        }
        if (row == form.offPaper()) {
            return List.of("", String.format(Words.OFF_PAPER.in(language), form.kind().title().in(language)));
        }
        return !funding && afterFunding ? List.of("") : List.of();
    }

    private static boolean isFunding(List<Cell> row) {
        return row.stream().anyMatch(FundingField.class::isInstance);
    }

    private Line row(FormEntry entry, List<Cell> cells, int cursor) {
        boolean selected = cursor >= 0;
        Tone tone = selected ? Tone.SELECTED : Tone.NORMAL;
        Cell first = cells.get(0);
        if (form.hasWholeProject() && isFunding(cells)) {
            return declaredFunding(entry, cells, cursor);
        }
        List<Segment> parts = new ArrayList<>();
        String label = first instanceof FundingField money
                ? FundingField.lineLabel(money.source(), form.kind()).in(language) : first.label(form.kind()).in(language);
        parts.add(new Segment(Columns.fit(label, LABEL) + " ", selected ? Tone.SELECTED : Tone.HEADING));
        if (first instanceof FundingField) {
            for (int column = 0; column < cells.size(); column++) {
                parts.add(new Segment(Columns.fitRight(((FundingField) cells.get(column)).printed(entry.form()), AMOUNT),
                        column == cursor ? Tone.CURSOR : tone));
                parts.add(new Segment(" ", tone));
            }
        } else {
            String text = first.read(entry).replace('\n', ' ');
            parts.add(new Segment(Columns.fit(text, Math.max(1, width - LABEL - 1)), selected ? Tone.CURSOR : tone));
        }
        return Line.fitted(parts, width);
    }

    /**
     * A row of the declaration's money block as the paper sets it: the whole project's funding on
     * the left (three lines), the year's request on the right (four), each amount after its label.
     */
    private Line declaredFunding(FormEntry entry, List<Cell> cells, int cursor) {
        Tone tone = cursor >= 0 ? Tone.SELECTED : Tone.NORMAL;
        List<Segment> parts = new ArrayList<>();
        int column = 0;
        if (cells.get(0) instanceof WholeProjectField whole) {
            parts.add(new Segment(Columns.fit(whole.label(form.kind()).in(language), WHOLE_LABEL) + " ",
                    cursor >= 0 ? Tone.SELECTED : Tone.HEADING));
            parts.add(new Segment(Columns.fitRight(whole.printed(entry), AMOUNT), cursor == 0 ? Tone.CURSOR : tone));
            column = 1;
        } else {
            parts.add(new Segment(" ".repeat(WHOLE_LABEL + 1 + AMOUNT), tone));
        }
        FundingField money = (FundingField) cells.get(column);
        parts.add(new Segment("   " + Columns.fit(FundingField.lineLabel(money.source(), form.kind()).in(language), LABEL) + " ",
                cursor >= 0 ? Tone.SELECTED : Tone.HEADING));
        parts.add(new Segment(Columns.fitRight(money.printed(entry.form()), AMOUNT), cursor == column ? Tone.CURSOR : tone));
        return Line.fitted(parts, width);
    }

    private String fundingHeader(String moneyUnit) {
        String title = moneyUnit.isBlank() ? Words.FUNDING_NO_UNIT.in(language) : String.format(Words.FUNDING.in(language), moneyUnit);
        StringBuilder header = new StringBuilder(Columns.fit(title, LABEL) + " ");
        for (FundingColumn column : form.fundingColumns()) {
            String heading = form.fundingColumns().size() == 1 ? "" : column.label().in(language);
            header.append(Columns.fitRight(heading, AMOUNT)).append(' ');
        }
        return header.toString();
    }

    private List<Line> execution(ExecutionScore execution) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted("", Tone.NORMAL, width));
        lines.add(Line.fitted(Words.EXECUTION.in(language) + " " + ScoreLine.rate(execution)
                + "  " + Words.EXECUTION_SCORE.in(language) + " " + execution.score().toPlainString() + " / "
                + execution.weight().toPlainString(), Tone.HEADING, width));
        for (String step : execution.explanation().in(language)) {
            lines.addAll(Line.wrapped("  " + step, Tone.NORMAL, width));
        }
        return lines;
    }
}
