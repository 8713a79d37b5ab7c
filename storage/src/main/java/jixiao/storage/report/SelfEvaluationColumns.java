package jixiao.storage.report;

import java.util.List;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;

/**
 * The self-evaluation's column widths, in Excel units, fitted to the form they print:
 * 标签 | 一级 | 二级 | 三级/年初 | 指标值/全年 | 完成值/执行 | 分值 | 得分/执行率 | 偏差/得分. Together they
 * fill A4 portrait between margins of 0.4 in, so the form prints at 100 %. The money columns are
 * as wide as the widest amount needs (a figure never wraps: a spreadsheet shows ### instead). What
 * the page has left is shared between 三级指标 and the deviation notes the way that makes the
 * indicator rows shortest: a form with long notes gives them room, one without gives it to names.
 */
final class SelfEvaluationColumns {

    /** What A4 portrait holds, in Excel units, between margins of 0.4 in (7 pixels a unit, 5 a column). */
    static final int PAGE_UNITS = 94;
    private static final int LABEL = 5;
    private static final int LEVEL1 = 8;
    private static final int LEVEL2 = 10;
    private static final int WEIGHT = 8;
    private static final int SCORE = 10;
    private static final int VALUE = 12;
    private static final int NAME = 12;
    private static final int NOTE = 10;

    private SelfEvaluationColumns() {
    }

    static List<Integer> widths(Project project) {
        int money = money(project);
        int value = Math.max(VALUE, money);
        int room = PAGE_UNITS - LABEL - LEVEL1 - LEVEL2 - 2 * value - WEIGHT - SCORE;
        int best = Math.max(money, room - NOTE);
        int shortest = Integer.MAX_VALUE;
        for (int name = Math.max(money, NAME); name <= room - NOTE; name++) {
            int lines = lines(project.indicators(), name, room - name, value);
            if (lines <= shortest) {
                shortest = lines;
                best = name;
            }
        }
        return List.of(LABEL, LEVEL1, LEVEL2, best, value, value, WEIGHT, SCORE, room - best);
    }

    /** The units the widest amount of the form needs, printed as the paper prints it. */
    private static int money(Project project) {
        int units = 0;
        for (FundingLine line : project.funding().lines().values()) {
            for (FundingColumn column : FundingColumn.values()) {
                if (line.get(column).isPresent()) {
                    units = Math.max(units, RowHeights.units(new Value.Money(line.get(column).get()).printed()));
                }
            }
        }
        return units;
    }

    /** The lines the indicator rows take with names, notes, targets and actuals in the given widths. */
    private static int lines(List<Indicator> indicators, int name, int note, int value) {
        int lines = 0;
        for (Indicator indicator : indicators) {
            int text = Math.max(RowHeights.lines(indicator.name(), name), RowHeights.lines(indicator.deviation(), note));
            int values = Math.max(RowHeights.lines(indicator.target().text(), value),
                    RowHeights.lines(indicator.actual().text(), value));
            lines += Math.max(text, values);
        }
        return lines;
    }
}
