package jixiao.storage.report;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Columns;

/**
 * A grid's column widths for a terminal of a given width. Where the form's own widths fit, they
 * stay; where not, every column gives up room in proportion to what it can spare, down to the
 * width of the figures it holds (a number wrapped over two lines misreads) and never below one
 * Chinese character. Where even that is too wide, the form is wider than asked rather than cut.
 */
final class ColumnFit {

    private static final int NARROWEST = 2;

    private ColumnFit() {
    }

    static List<Integer> widths(Grid grid, int available) {
        List<Integer> natural = grid.widths();
        int wanted = natural.stream().mapToInt(Integer::intValue).sum();
        if (wanted <= available) {
            return natural;
        }
        List<Integer> floors = floors(grid);
        int least = floors.stream().mapToInt(Integer::intValue).sum();
        if (least >= available) {
            return floors;
        }
        int spare = wanted - least;
        int room = available - least;
        List<Integer> widths = new ArrayList<>();
        int given = 0;
        int widest = 0;
        for (int column = 0; column < natural.size(); column++) {
            int share = (natural.get(column) - floors.get(column)) * room / spare;
            widths.add(floors.get(column) + share);
            given += share;
            widest = natural.get(column) > natural.get(widest) ? column : widest;
        }
        widths.set(widest, widths.get(widest) + room - given);
        return widths;
    }

    /** Each column's least width: its widest figure in a cell of its own, and at least one Chinese character. */
    private static List<Integer> floors(Grid grid) {
        List<Integer> floors = new ArrayList<>();
        for (int width : grid.widths()) {
            floors.add(Math.min(width, NARROWEST));
        }
        for (Grid.Cell cell : grid.cells()) {
            if (cell.columns() == 1 && cell.value().number().isPresent()) {
                int column = cell.column();
                floors.set(column, Math.min(grid.widths().get(column), Math.max(floors.get(column), Columns.width(cell.text()))));
            }
        }
        return floors;
    }
}
