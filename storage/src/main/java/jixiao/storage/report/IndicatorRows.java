package jixiao.storage.report;

import java.util.List;
import jixiao.domain.project.Indicator;
import jixiao.storage.report.Grid.Style;

/** The indicator table's category columns, shared by both forms. */
final class IndicatorRows {

    private IndicatorRows() {
    }

    /**
     * The level-1 and level-2 columns, merged over consecutive rows of the same category as the
     * paper form merges them; a level-2 group never runs past the end of its level-1 group.
     */
    static void categories(Grid grid, int firstRow, List<Indicator> indicators, int level1Column, int level2Column) {
        int start = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !same(indicators.get(i).level1(), indicators.get(start).level1())) {
                grid.put(firstRow + start, level1Column, i - start, 1, Value.text(indicators.get(start).level1().strip()),
                        Style.CENTER);
                start = i;
            }
        }
        start = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !same(indicators.get(i).level1(), indicators.get(start).level1())
                    || !same(indicators.get(i).level2(), indicators.get(start).level2())) {
                grid.put(firstRow + start, level2Column, i - start, 1, Value.text(indicators.get(start).level2().strip()),
                        Style.CENTER);
                start = i;
            }
        }
    }

    private static boolean same(String one, String other) {
        return one.strip().equals(other.strip());
    }
}
