package jixiao.storage.exchange;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Bilingual;

/** The problems found in one spreadsheet file, located as {@code FILE:LINE: column}. */
final class Problems {

    private final String source;
    private final List<Problem> found = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    /** A problem with one cell; {@code column} is its header as the file writes it. */
    void add(int line, String column, String zh, String en) {
        String where = ":" + line + (column.isEmpty() ? "" : ": " + column);
        found.add(new Problem(source, where, new Bilingual(zh, en)));
    }

    /** A problem with the whole file. */
    void add(String zh, String en) {
        found.add(new Problem(source, "", new Bilingual(zh, en)));
    }

    int count() {
        return found.size();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }
}
