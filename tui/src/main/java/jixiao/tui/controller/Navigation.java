package jixiao.tui.controller;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.IntSupplier;
import jixiao.domain.language.Bilingual;

/** The keys that move through a table, the same on every screen: arrows, pages, first and last. */
public final class Navigation {

    private Navigation() {
    }

    public static List<KeyBinding> rows(RowCursor cursor, IntSupplier rows, IntSupplier page) {
        return List.of(
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), new Bilingual("上一行", "previous row"),
                        () -> cursor.moveBy(-1, rows.getAsInt())).or(Key.character('k')).helpOnly(),
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), new Bilingual("下一行", "next row"),
                        () -> cursor.moveBy(1, rows.getAsInt())).or(Key.character('j')).helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageUp, "PgUp"), new Bilingual("上一页", "previous page"),
                        () -> cursor.moveBy(-Math.max(1, page.getAsInt()), rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.PageDown, "PgDn"), new Bilingual("下一页", "next page"),
                        () -> cursor.moveBy(Math.max(1, page.getAsInt()), rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.Home, "Home"), new Bilingual("第一行", "first row"),
                        () -> cursor.moveTo(0, rows.getAsInt())).helpOnly(),
                KeyBinding.of(Key.of(KeyType.End, "End"), new Bilingual("最后一行", "last row"),
                        () -> cursor.moveTo(rows.getAsInt() - 1, rows.getAsInt())).helpOnly());
    }
}
