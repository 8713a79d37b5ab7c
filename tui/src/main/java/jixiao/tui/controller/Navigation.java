package jixiao.tui.controller;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import jixiao.domain.language.Bilingual;

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
                KeyBinding.of(Key.of(KeyType.ArrowLeft, "←"), new Bilingual("左一格", "cell to the left"),
                        cursor::left).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowRight, "→"), new Bilingual("右一格", "cell to the right"),
                        cursor::right).helpOnly(),
                KeyBinding.of(Key.of(KeyType.Tab, "Tab"), new Bilingual("下一格（行末转到下一行）", "next cell (then the next row)"),
                        () -> cursor.next(rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ReverseTab, "Shift-Tab"), new Bilingual("上一格", "previous cell"),
                        () -> cursor.previous(rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.Home, "Home"), new Bilingual("本行第一格", "first cell of the row"),
                        cursor::first).helpOnly(),
                KeyBinding.of(Key.of(KeyType.End, "End"), new Bilingual("本行最后一格", "last cell of the row"),
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
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), new Bilingual("上一行", "previous row"),
                        () -> cursor.moveBy(-1, rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), new Bilingual("下一行", "next row"),
                        () -> cursor.moveBy(1, rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageUp, "PgUp"), new Bilingual("上一页", "previous page"),
                        () -> cursor.moveBy(-Math.max(1, page.getAsInt()), rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageDown, "PgDn"), new Bilingual("下一页", "next page"),
                        () -> cursor.moveBy(Math.max(1, page.getAsInt()), rows.getAsInt())).helpOnly(),
                KeyBinding.of(first, new Bilingual("第一行", "first row"),
                        () -> cursor.moveTo(0, rows.getAsInt())).helpOnly(),
                KeyBinding.of(last, new Bilingual("最后一行", "last row"),
                        () -> cursor.moveTo(rows.getAsInt() - 1, rows.getAsInt())).helpOnly());
    }
}
