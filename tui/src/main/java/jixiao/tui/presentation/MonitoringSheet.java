package jixiao.tui.presentation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.monitoring.BudgetLight;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.StageField;
import jixiao.tui.editing.ConclusionField;
import jixiao.tui.editing.FundingField;
import jixiao.tui.editing.ProgressColumn;
import jixiao.tui.editing.ProgressField;
import jixiao.tui.editing.SpendingField;
import jixiao.tui.words.Words;

/**
 * A monitoring return as the clerk fills it in: the funding lines' progress, the cause of a budget
 * deviation, a row per indicator with its light, and the conclusion. Each light is a word in its
 * colour; the status line gives the project light and the budget light.
 *
 * <pre>
 * 项目灯 黄  预算灯 绿  执行率 53.90% 进度比 92.40%  错误 1  提醒 0
 * 项目资金（元）       全年预算数    1–7月执行数  执行率  全年预计执行数
 * 年度资金总额      1,000,000.00    539,000.00  53.90%   1,000,000.00
 * …
 * 预算执行偏差原因   …
 *
 *  # 三级指标   年度指标值 1–7月实际… 全年预计… 可能性 偏差原因 原因说明 纠偏措施 灯
 *  1 购置数量   ≥300(个)   160(个)    330(个)   确定能 经费保障 …        …        绿
 *
 * 总体目标完成情况  …
 * 是否需要整改      否
 * 整改措施          …
 * </pre>
 */
public final class MonitoringSheet {

    private static final int LABEL = 18;
    private static final int AMOUNT = 14;
    private static final int RATE = 8;
    private static final int POSITION = 3;
    private static final int TARGET = 10;
    private static final int VALUE = 9;
    private static final int MIN_SHORT = 5;
    private static final int MAX_SHORT = 10;
    private static final int LIGHT = 6;
    private static final int MIN_NAME = 14;
    private static final int FIXED = POSITION + TARGET + 2 * VALUE + LIGHT + 9;
    private static final int FUNDING_ROWS = FundingSource.values().length;

    private final Language language;
    private final int width;
    private final RoundingMode rounding;

    /** {@code rounding}: how the rule set rounds execution rates. */
    public MonitoringSheet(Language language, int width, RoundingMode rounding) {
        this.language = language;
        this.width = width;
        this.rounding = rounding;
    }

    /** The project light, the budget light with its rate, the count of errors and warnings. */
    public Line status(MonitoringReview review, boolean unsaved) {
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Words.PROJECT_LIGHT.in(language) + " ", Tone.HEADING));
        parts.add(LightWord.of(review.light(), language));
        parts.add(new Segment("  " + Words.BUDGET_LIGHT.in(language) + " ", Tone.HEADING));
        BudgetLight budget = review.budget();
        parts.add(LightWord.of(budget.light(), language));
        budget.rate().ifPresent(rate -> parts.add(new Segment("  " + Words.RATE.in(language) + " " + percent(rate), Tone.NORMAL)));
        budget.ratio().ifPresent(ratio -> parts.add(new Segment(" " + Words.RATIO.in(language) + " " + percent(ratio), Tone.NORMAL)));
        parts.add(new Segment("  " + Words.ERRORS.in(language) + " " + review.errors().size(),
                review.errors().isEmpty() ? Tone.NORMAL : Tone.ERROR));
        parts.add(new Segment("  " + Words.WARNINGS.in(language) + " " + review.warnings().size(),
                review.warnings().isEmpty() ? Tone.NORMAL : Tone.WARNING));
        if (unsaved) {
            parts.add(new Segment("  *" + Words.UNSAVED.in(language), Tone.WARNING));
        }
        return Line.fitted(parts, width);
    }

    /** The line of {@link #lines} on which a row of cells is drawn: headings and blank lines sit between the blocks. */
    public int lineOf(int row, int indicators) {
        if (row <= FUNDING_ROWS) {
            return row + 1;
        }
        return row < FUNDING_ROWS + 1 + indicators ? row + 3 : row + 4;
    }

    /** How many lines {@link #lines} has for a return with {@code indicators} rows. */
    public static int lineCount(int indicators) {
        return FUNDING_ROWS + indicators + 8;
    }

    public List<Line> lines(MonitoringReturn form, MonitoringReview review, int selectedRow, int selectedColumn) {
        return lines(form, review, selectedRow, selectedColumn, 0, lineCount(form.indicators().size()));
    }

    /**
     * The {@code count} lines from {@code first} on: only what the screen shows is laid out, so a
     * key on a return of hundreds of rows costs the rows in view.
     */
    public List<Line> lines(MonitoringReturn form, MonitoringReview review, int selectedRow, int selectedColumn,
            int first, int count) {
        int indicators = form.indicators().size();
        List<Line> lines = new ArrayList<>();
        for (int at = first; at < Math.min(first + count, lineCount(indicators)); at++) {
            lines.add(line(form, review, at, selectedRow, selectedColumn));
        }
        return lines;
    }

    /** Line {@code at}: the funding heading and lines, the budget cause, a blank, the indicators' heading and rows, a blank, the conclusion. */
    private Line line(MonitoringReturn form, MonitoringReview review, int at, int selectedRow, int selectedColumn) {
        int indicators = form.indicators().size();
        if (at == 0) {
            return Line.fitted(fundingHeader(form), Tone.HEADING, width);
        }
        if (at <= FUNDING_ROWS) {
            int row = at - 1;
            return fundingRow(form, FundingSource.values()[row], cursor(row, selectedRow, selectedColumn));
        }
        if (at == FUNDING_ROWS + 1) {
            return textRow(form, ConclusionField.BUDGET_CAUSE, selectedRow == FUNDING_ROWS);
        }
        if (at == FUNDING_ROWS + 3) {
            return Line.fitted(indicatorHeader(form).segments(), width);
        }
        int index = at - FUNDING_ROWS - 4;
        if (index >= 0 && index < indicators) {
            int row = FUNDING_ROWS + 1 + index;
            return indicatorRow(form, review, index, cursor(row, selectedRow, selectedColumn));
        }
        int conclusion = at - FUNDING_ROWS - 5 - indicators;
        if (conclusion >= 0) {
            ConclusionField field = List.of(ConclusionField.SUMMARY, ConclusionField.RECTIFY, ConclusionField.RECTIFY_NOTE)
                    .get(conclusion);
            return textRow(form, field, selectedRow == FUNDING_ROWS + 1 + indicators + conclusion);
        }
        return Line.fitted("", Tone.NORMAL, width);
    }

    /** The selected column on the selected row, −1 on every other. */
    private static int cursor(int row, int selectedRow, int selectedColumn) {
        return row == selectedRow ? selectedColumn : -1;
    }

    private String fundingHeader(MonitoringReturn form) {
        String unit = form.form().funding().moneyUnit();
        String title = unit.isBlank() ? Words.FUNDING_NO_UNIT.in(language) : String.format(Words.FUNDING.in(language), unit);
        return Columns.fit(title, LABEL) + " " + Columns.fitRight(Words.BUDGET.in(language), AMOUNT) + " "
                + Columns.fitRight(StageField.EXECUTED_TO_MONTH.label(form).in(language), AMOUNT) + " "
                + Columns.fitRight(Words.RATE.in(language), RATE) + " "
                + Columns.fitRight(StageField.EXPECTED_SPENDING.label(form).in(language), AMOUNT);
    }

    private Line fundingRow(MonitoringReturn form, FundingSource source, int cursor) {
        Tone tone = cursor >= 0 ? Tone.SELECTED : Tone.NORMAL;
        FundingLine line = form.form().funding().line(source);
        Optional<BigDecimal> budget = line.budgetInForce();
        SpendingField executed = new SpendingField(source, false);
        Optional<BigDecimal> rate = form.funding(source).executed()
                .flatMap(spent -> budget.flatMap(base -> ExecutionScore.rate(spent, base, rounding)));
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Columns.fit(FundingField.lineLabel(source, FormKind.SELF_EVALUATION).in(language), LABEL) + " ",
                cursor >= 0 ? Tone.SELECTED : Tone.HEADING));
        parts.add(new Segment(Columns.fitRight(budget.map(Amounts::print).orElse(""), AMOUNT) + " ", tone));
        parts.add(new Segment(Columns.fitRight(executed.printed(form), AMOUNT), cursor == 0 ? Tone.CURSOR : tone));
        parts.add(new Segment(" " + Columns.fitRight(rate.map(MonitoringSheet::percent).orElse(""), RATE) + " ", tone));
        parts.add(new Segment(Columns.fitRight(new SpendingField(source, true).printed(form), AMOUNT),
                cursor == 1 ? Tone.CURSOR : tone));
        return Line.fitted(parts, width);
    }

    private Line textRow(MonitoringReturn form, ConclusionField field, boolean selected) {
        String text = field.read(form).replace('\n', ' ');
        return Line.fitted(List.of(
                new Segment(Columns.fit(field.label(form).in(language), LABEL) + " ", selected ? Tone.SELECTED : Tone.HEADING),
                new Segment(Columns.fit(text, Math.max(1, width - LABEL - 1)), selected ? Tone.CURSOR : Tone.NORMAL)), width);
    }

    /** The likelihood, causes, note and correction share what the name leaves: cut at 80 columns, whole at 100. */
    private int shortWidth() {
        return Math.max(MIN_SHORT, Math.min(MAX_SHORT, (width - FIXED - MIN_NAME) / 4));
    }

    private int nameWidth() {
        return Math.max(1, width - FIXED - 4 * shortWidth());
    }

    private Line indicatorHeader(MonitoringReturn form) {
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Columns.fitRight("#", POSITION - 1) + " " + Columns.fit(Words.INDICATOR.in(language), nameWidth())
                + " " + Columns.fit(Words.TARGET_IN_FORCE.in(language), TARGET), Tone.HEADING));
        for (ProgressColumn column : ProgressColumn.values()) {
            parts.add(new Segment(" " + Columns.fit(column.field().label(form).in(language), widthOf(column)), Tone.HEADING));
        }
        parts.add(new Segment(" " + Columns.fit(Words.LIGHT.in(language), LIGHT), Tone.HEADING));
        return new Line(parts);
    }

    private int widthOf(ProgressColumn column) {
        return column == ProgressColumn.PROGRESS || column == ProgressColumn.FORECAST ? VALUE : shortWidth();
    }

    private Line indicatorRow(MonitoringReturn form, MonitoringReview review, int index, int cursor) {
        Tone tone = cursor >= 0 ? Tone.SELECTED : Tone.NORMAL;
        Indicator indicator = form.form().indicators().get(index);
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Columns.fitRight(String.valueOf(index + 1), POSITION - 1) + " "
                + Columns.fit(indicator.name(), nameWidth()) + " " + Columns.fit(indicator.target().text(), TARGET), tone));
        for (ProgressColumn column : ProgressColumn.values()) {
            String text = shown(form, index, column);
            parts.add(new Segment(" ", tone));
            parts.add(new Segment(Columns.fit(text, widthOf(column)), column.ordinal() == cursor ? Tone.CURSOR : tone));
        }
        parts.add(new Segment(" ", tone));
        parts.add(LightWord.of(review.indicator(index).light(), language));
        return Line.fitted(parts, width);
    }

    /** A cell's text in the screen's language: the likelihood's and causes' words; what was typed elsewhere. */
    private String shown(MonitoringReturn form, int index, ProgressColumn column) {
        IndicatorProgress row = form.progress(index);
        return switch (column) {
            case LIKELIHOOD -> row.likelihood().map(likelihood -> likelihood.words().in(language)).orElse("");
            case CAUSES -> String.join(Words.LIST_SEPARATOR.in(language),
                    row.causes().stream().map(cause -> cause.words().in(language)).toList());
            default -> new ProgressField(index, column).read(form).replace('\n', ' ');
        };
    }

    private static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }
}
