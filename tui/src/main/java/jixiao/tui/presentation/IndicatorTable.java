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
import jixiao.tui.editing.PaperForm;

/**
 * The indicator tree as a table, in the columns of the project's paper form, and a status mark.
 * A level name repeated from the row above is shown dimmed (the paper merges such cells) but always
 * shown: a row shows exactly what it holds. A score set by hand ends in {@code *}; a note is cut to
 * its column, the whole of it is on the edit line.
 *
 * <pre>
 *   # 一级指标 二级指标 三级指标      年度指标值 实际完成值 分值   得分 偏差…
 *   1 产出指标 数量指标 审计项目数    ≥20(个)    20(个)     10.00 10.00
 * </pre>
 */
public final class IndicatorTable {

    private static final int NARROWEST = 80;
    private static final int NUMBER = 3;
    private static final int MARK = 2;
    private static final int WEIGHT = 5;
    private static final int SCORE = 6;
    private static final int FEWEST_NAME = 8;

    private final Language language;
    private final PaperForm form;
    private final int[] widths;

    /** The column widths for a screen {@code width} wide; wider screens widen the text columns. */
    public IndicatorTable(PaperForm form, Language language, int width) {
        this.language = language;
        this.form = form;
        this.widths = widths(form.columns(), width);
    }

    public Line header() {
        List<Segment> cells = new ArrayList<>();
        cells.add(new Segment(Columns.fitRight("#", NUMBER), Tone.HEADING));
        for (int i = 0; i < form.columns().size(); i++) {
            IndicatorColumn column = form.columns().get(i);
            String label = column.label(form.kind()).in(language);
            String text = switch (column) {
                case WEIGHT -> Columns.fitRight(label, widths[i]);
                // over the digits, not over the * that marks a score set by hand
                case SCORE -> Columns.fitRight(label, widths[i] - 1) + " ";
                default -> Columns.fit(label, widths[i]);
            };
            cells.add(new Segment(text, Tone.HEADING));
        }
        cells.add(new Segment(" ".repeat(MARK), Tone.HEADING));
        return joined(cells, Tone.HEADING);
    }

    /** The rows in the viewport; the selected row is highlighted and its selected column marked as the cursor. */
    public List<Line> rows(Project project, Review review, Viewport viewport, int selected, int cursor) {
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
        boolean sameLevel1 = above != null && above.level1().equals(indicator.level1());
        boolean sameLevel2 = sameLevel1 && above.level2().equals(indicator.level2());
        List<Segment> cells = new ArrayList<>();
        cells.add(new Segment(Columns.fitRight(String.valueOf(index + 1), NUMBER), Tone.DIM));
        for (int i = 0; i < form.columns().size(); i++) {
            IndicatorColumn column = form.columns().get(i);
            int width = widths[i];
            cells.add(switch (column) {
                case LEVEL1 -> new Segment(Columns.fit(indicator.level1(), width), sameLevel1 ? Tone.DIM : Tone.NORMAL);
                case LEVEL2 -> new Segment(Columns.fit(indicator.level2(), width), sameLevel2 ? Tone.DIM : Tone.NORMAL);
                case NAME -> new Segment(Columns.fit(indicator.name(), width), Tone.NORMAL);
                case TARGET -> new Segment(Columns.fit(indicator.target().text(), width), Tone.NORMAL);
                case ACTUAL -> new Segment(Columns.fit(indicator.actual().text(), width), Tone.NORMAL);
                case WEIGHT -> new Segment(Columns.fitRight(Amounts.write(indicator.weight()), width), Tone.NORMAL);
                case SCORE -> score(review.scorecard().indicator(index), width);
                case DEVIATION -> new Segment(Columns.fit(indicator.deviation().replace('\n', ' '), width), Tone.NORMAL);
            });
        }
        cells.add(Marks.of(review.about(index), language));
        return cells;
    }

    private static Segment score(IndicatorScore score, int width) {
        String counted = Amounts.write(score.score()) + (score.isManual() ? "*" : " ");
        return new Segment(Columns.fitRight(counted, width), score.isBelowFullMarks() ? Tone.WARNING : Tone.GOOD);
    }

    /** The row in the selection's tone, but for its marks, with the cursor on one cell. */
    private static List<Segment> selected(List<Segment> cells, int cursor) {
        List<Segment> toned = new ArrayList<>();
        for (Segment cell : cells) {
            boolean keep = cell.tone() == Tone.ERROR || cell.tone() == Tone.WARNING;
            toned.add(keep ? cell : new Segment(cell.text(), Tone.SELECTED));
        }
        int at = cursor + 1;
        if (at > 0 && at < toned.size() - 1) {
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

    /**
     * Fixed widths for the numbers, room for the text columns that grows with the screen, and the
     * rest for the indicator's name, so a row always fills the screen exactly.
     */
    private static int[] widths(List<IndicatorColumn> columns, int width) {
        int extra = Math.max(0, width - NARROWEST);
        boolean scored = columns.contains(IndicatorColumn.ACTUAL);
        int[] widths = new int[columns.size()];
        int used = NUMBER + MARK + columns.size() + 1;
        int name = -1;
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = switch (columns.get(i)) {
                case LEVEL1 -> scored ? 8 : 10;
                case LEVEL2 -> scored ? 8 + extra / 10 : 12 + extra / 10;
                case NAME -> 0;
                case TARGET -> scored ? 10 + extra / 5 : 18 + extra / 4;
                case ACTUAL -> 10 + extra / 5;
                case WEIGHT -> WEIGHT;
                case SCORE -> SCORE;
                case DEVIATION -> 6 + extra / 5;
            };
            if (columns.get(i) == IndicatorColumn.NAME) {
                name = i;
            }
            used += widths[i];
        }
        if (name >= 0) {
            widths[name] = Math.max(FEWEST_NAME, width - used);
        }
        return widths;
    }
}
