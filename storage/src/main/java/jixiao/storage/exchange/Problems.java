package jixiao.storage.exchange;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Bilingual;

/**
 * The problems found in one file, located as {@code FILE:LINE: column}. A broken file of a million
 * rows must not print a million lines: past the limit problems are only counted, and the last one
 * listed says how many more there are.
 */
final class Problems {

    private final String source;
    private final int listed;
    private final List<Problem> found = new ArrayList<>();
    private int count;

    Problems(String source, Limits limits) {
        this.source = source;
        this.listed = limits.problems();
    }

    /** A problem with one cell; {@code column} is its header as the file writes it. */
    void add(int line, String column, String zh, String en) {
        add(":" + line + (column.isEmpty() ? "" : ": " + column), new Bilingual(zh, en));
    }

    /** A problem with one cell, saying what is wrong with it. */
    void add(int line, String column, Bilingual message) {
        add(":" + line + (column.isEmpty() ? "" : ": " + column), message);
    }

    /** A problem with the whole file. */
    void add(String zh, String en) {
        add("", new Bilingual(zh, en));
    }

    /** A problem located as the format locates things ({@code :LINE}, {@code project 3 (name): key}). */
    void add(String where, Bilingual message) {
        add(new Problem(source, where, message));
    }

    /** A problem made elsewhere ({@link Problem#unreadable}). */
    void add(Problem problem) {
        count++;
        if (found.size() < listed) {
            found.add(problem);
        }
    }

    /** Every problem found, listed or not: a project with problems since it started is not handed on. */
    int count() {
        return count;
    }

    /** The problems listed, and a last one saying how many more there were. */
    List<Problem> all() {
        List<Problem> all = new ArrayList<>(found);
        if (count > found.size()) {
            int more = count - found.size();
            all.add(new Problem(source, "", new Bilingual("另有 " + more + " 个问题未列出", more + " more problems not listed")));
        }
        return List.copyOf(all);
    }
}
