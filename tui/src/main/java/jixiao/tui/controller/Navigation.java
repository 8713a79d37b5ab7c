package jixiao.tui.controller;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import jixiao.tui.words.Words;

/** The keys that move through a table, the same on every screen: arrows, pages, first and last. */
public final class Navigation {

    /** Where a table of cells keeps Home and End for its columns, as a spreadsheet does. */
    public static final Key FIRST_ROW_OF_CELLS = new Key("Ctrl-Home", KeyType.Home, null, true, false);
    public static final Key LAST_ROW_OF_CELLS = new Key("Ctrl-End", KeyType.End, null, true, false);

    private Navigation() {
    }

    /**
     * A table of cells: left, right, Tab, Shift-Tab, Home and End within the rows (see
     * {@link CellCursor}), then the rows, with Ctrl-Home and Ctrl-End to the first and last.
     */
    public static List<KeyBinding> cells(CellCursor cursor, IntSupplier rows, IntSupplier page) {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.ArrowLeft, "←"), Words.CELL_TO_THE_LEFT,
                        cursor::left).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowRight, "→"), Words.CELL_TO_THE_RIGHT,
                        cursor::right).helpOnly(),
                KeyBinding.of(Key.of(KeyType.Tab, "Tab"), Words.NEXT_CELL,
                        () -> cursor.next(rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ReverseTab, "Shift-Tab"), Words.PREVIOUS_CELL,
                        () -> cursor.previous(rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.Home, "Home"), Words.FIRST_CELL_OF_THE_ROW,
                        cursor::first).helpOnly(),
                KeyBinding.of(Key.of(KeyType.End, "End"), Words.LAST_CELL_OF_THE_ROW,
                        cursor::last).helpOnly()));
        bindings.addAll(rows(cursor.rows(), rows, page, FIRST_ROW_OF_CELLS, LAST_ROW_OF_CELLS));
        return bindings;
    }

    /** Up, down, a page up or down, and Home and End to the first and last row. */
    public static List<KeyBinding> rows(RowCursor cursor, IntSupplier rows, IntSupplier page) {
        return rows(cursor, rows, page, Key.of(KeyType.Home, "Home"), Key.of(KeyType.End, "End"));
    }

    /** The same with other keys to the first and last row. */
    public static List<KeyBinding> rows(RowCursor cursor, IntSupplier rows, IntSupplier page, Key first, Key last) {
        return List.of(
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), Words.PREVIOUS_ROW,
                        () -> cursor.moveBy(-1, rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), Words.NEXT_ROW,
                        () -> cursor.moveBy(1, rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageUp, "PgUp"), Words.PREVIOUS_PAGE,
                        () -> cursor.moveBy(-Math.max(1, page.getAsInt()), rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageDown, "PgDn"), Words.NEXT_PAGE,
                        () -> cursor.moveBy(Math.max(1, page.getAsInt()), rows.getAsInt())).helpOnly(),
                KeyBinding.of(first, Words.FIRST_ROW,
                        () -> cursor.moveTo(0, rows.getAsInt())).helpOnly(),
                KeyBinding.of(last, Words.LAST_ROW,
                        () -> cursor.moveTo(rows.getAsInt() - 1, rows.getAsInt())).helpOnly());
    }
}
