package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.Review;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.tui.editing.IndicatorColumn;

/**
 * The indicator tree as a table: level 1, level 2, name, target, actual, weight, score and a
 * status mark. Like the paper form's merged cells, a level repeated from the row above is left
 * blank. A score set by hand ends in {@code *}.
 *
 * <pre>
 *   # 一级指标 二级指标 三级指标       年度指标值   实际完成值   分值   得分
 *   1 产出指标 数量指标 审计项目数     ≥20(个)      20(个)       10.00  10.00
 * </pre>
 */
public final class IndicatorTable {

    /** The columns of the table, in order, that a cursor can stand on. */
    public static final List<IndicatorColumn> COLUMNS = List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2,
            IndicatorColumn.NAME, IndicatorColumn.TARGET, IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT,
            IndicatorColumn.SCORE);

    private static final int NARROWEST = 80;
    private static final int NUMBER = 3;
    private static final int WEIGHT = 6;
    private static final int SCORE = 7;

    private final Language language;
    private final int level1;
    private final int level2;
    private final int name;
    private final int target;
    private final int actual;

    /** The column widths for a screen {@code width} wide; wider screens widen the text columns. */
    public IndicatorTable(Language language, int width) {
        this.language = language;
        int extra = Math.max(0, width - NARROWEST);
        this.name = 14 + extra * 2 / 5;
        this.target = 12 + extra / 5;
        this.actual = 12 + extra / 5;
        this.level2 = 8 + extra / 10;
        this.level1 = 8 + extra - (extra * 2 / 5 + extra / 5 * 2 + extra / 10);
    }

    public Line header() {
        List<Segment> cells = new ArrayList<>();
        cells.add(new Segment(Columns.fitRight("#", NUMBER), Tone.HEADING));
        for (IndicatorColumn column : COLUMNS) {
            String label = column.label().in(language);
            String text = isNumeric(column) ? Columns.fitRight(label, width(column)) : Columns.fit(label, width(column));
            if (column == IndicatorColumn.SCORE) {
                // over the digits, not over the * that marks a score set by hand
                text = Columns.fitRight(label, SCORE - 1) + " ";
            }
            cells.add(new Segment(text, Tone.HEADING));
        }
        cells.add(new Segment("  ", Tone.HEADING));
        return joined(cells, Tone.HEADING);
    }

    /** The rows in the viewport; the selected row is highlighted and its selected column marked as the cursor. */
    public List<Line> rows(Project project, Review review, Viewport viewport, int selected, IndicatorColumn cursor) {
        List<Indicator> indicators = project.indicators();
        List<Line> lines = new ArrayList<>();
        for (int i = viewport.top(); i < viewport.end(indicators.size()); i++) {
            Indicator above = i == 0 ? null : indicators.get(i - 1);
            List<Segment> cells = cells(i, indicators.get(i), above, review);
            lines.add(i == selected ? joined(selected(cells, cursor), Tone.SELECTED) : joined(cells, Tone.NORMAL));
        }
        return lines;
    }

    private List<Segment> cells(int index, Indicator indicator, Indicator above, Review review) {
        IndicatorScore score = review.scorecard().indicator(index);
        boolean sameLevel1 = above != null && above.level1().equals(indicator.level1());
        boolean sameLevel2 = sameLevel1 && above.level2().equals(indicator.level2());
        String counted = Amounts.write(score.score()) + (score.isManual() ? "*" : " ");
        List<Segment> cells = new ArrayList<>();
        cells.add(new Segment(Columns.fitRight(String.valueOf(index + 1), NUMBER), Tone.DIM));
        cells.add(new Segment(Columns.fit(sameLevel1 ? "" : indicator.level1(), level1), Tone.NORMAL));
        cells.add(new Segment(Columns.fit(sameLevel2 ? "" : indicator.level2(), level2), Tone.NORMAL));
        cells.add(new Segment(Columns.fit(indicator.name(), name), Tone.NORMAL));
        cells.add(new Segment(Columns.fit(indicator.target().text(), target), Tone.NORMAL));
        cells.add(new Segment(Columns.fit(indicator.actual().text(), actual), Tone.NORMAL));
        cells.add(new Segment(Columns.fitRight(Amounts.write(indicator.weight()), WEIGHT), Tone.NORMAL));
        cells.add(new Segment(Columns.fitRight(counted, SCORE), score.isBelowFullMarks() ? Tone.WARNING : Tone.GOOD));
        cells.add(Marks.of(review.about(index), language));
        return cells;
    }

    /** The row in the selection's tone, but for its marks, with the cursor on one cell. */
    private static List<Segment> selected(List<Segment> cells, IndicatorColumn cursor) {
        List<Segment> toned = new ArrayList<>();
        for (Segment cell : cells) {
            boolean keep = cell.tone() == Tone.ERROR || cell.tone() == Tone.WARNING;
            toned.add(keep ? cell : new Segment(cell.text(), Tone.SELECTED));
        }
        int at = COLUMNS.indexOf(cursor) + 1;
        if (at > 0) {
            toned.set(at, new Segment(toned.get(at).text(), Tone.CURSOR));
        }
        return toned;
    }

    /** Cells with one space between them, so the cursor covers a cell and not its gap. */
    private static Line joined(List<Segment> cells, Tone gap) {
        List<Segment> line = new ArrayList<>();
        for (Segment cell : cells) {
            if (!line.isEmpty()) {
                line.add(new Segment(" ", gap));
            }
            line.add(cell);
        }
        return new Line(line);
    }

    private int width(IndicatorColumn column) {
        return switch (column) {
            case LEVEL1 -> level1;
            case LEVEL2 -> level2;
            case NAME -> name;
            case TARGET -> target;
            case ACTUAL -> actual;
            case WEIGHT -> WEIGHT;
            case SCORE -> SCORE;
            case DEVIATION -> 0;
        };
    }

    private static boolean isNumeric(IndicatorColumn column) {
        return column == IndicatorColumn.WEIGHT || column == IndicatorColumn.SCORE;
    }
}
