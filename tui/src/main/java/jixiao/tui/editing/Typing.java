package jixiao.tui.editing;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Columns;

/**
 * Text being typed into a field, with its caret: the spreadsheet's two ways in. A value that is
 * shown before anyone types (a cell's old value after a key that starts a fresh one, a prompt's
 * suggestion) is <em>replaced</em> by the first character or paste; a value opened with Enter or
 * F2 is <em>edited</em>, the caret at its end. A one-line field folds line breaks to spaces; a
 * multi-line field (notes, goals) keeps them. Not thread-safe: it lives on the GUI thread.
 */
public final class Typing {

    private final boolean multiLine;
    private final StringBuilder text;
    private int caret;
    private boolean replacing;

    private Typing(String initial, boolean multiLine, boolean replacing) {
        this.multiLine = multiLine;
        this.text = new StringBuilder(multiLine ? initial : oneLine(initial));
        this.caret = text.length();
        this.replacing = replacing && !initial.isEmpty();
    }

    /** A value opened for editing: the caret at its end, typing goes in where the caret is. */
    public static Typing editing(String initial, boolean multiLine) {
        return new Typing(initial, multiLine, false);
    }

    /** A suggested value: shown as it is, but the first character typed or pasted replaces it. */
    public static Typing replacing(String initial, boolean multiLine) {
        return new Typing(initial, multiLine, true);
    }

    public String text() {
        return text.toString();
    }

    public int caret() {
        return caret;
    }

    public boolean isMultiLine() {
        return multiLine;
    }

    /** Whether the text is still the suggestion that the first character typed will replace. */
    public boolean isReplacing() {
        return replacing;
    }

    /** Typed or pasted text at the caret (in place of a suggestion); line breaks fold to spaces in one line. */
    public void insert(String typed) {
        String kept = multiLine ? typed.replace("\r\n", "\n").replace('\r', '\n') : oneLine(typed);
        if (replacing) {
            clear();
        }
        text.insert(caret, kept);
        caret += kept.length();
    }

    /** A line break, in a multi-line field; a one-line field has none. */
    public void newLine() {
        if (multiLine) {
            insert("\n");
        }
    }

    public void backspace() {
        if (replacing) {
            clear();
        } else if (caret > 0) {
            int from = before(caret);
            text.delete(from, caret);
            caret = from;
        }
    }

    public void delete() {
        if (replacing) {
            clear();
        } else if (caret < text.length()) {
            text.delete(caret, after(caret));
        }
    }

    public void clear() {
        text.setLength(0);
        caret = 0;
        replacing = false;
    }

    public void left() {
        replacing = false;
        caret = before(caret);
    }

    public void right() {
        replacing = false;
        caret = after(caret);
    }

    /** To the start of the line the caret is on. */
    public void home() {
        replacing = false;
        caret = text.lastIndexOf("\n", caret - 1) + 1;
    }

    /** To the end of the line the caret is on. */
    public void end() {
        replacing = false;
        int newline = text.indexOf("\n", caret);
        caret = newline < 0 ? text.length() : newline;
    }

    /** Up one row as shown {@code width} columns wide; false on the first row, where nothing moves. */
    public boolean up(int width) {
        return moveRow(-1, width);
    }

    /** Down one row as shown {@code width} columns wide; false on the last row. */
    public boolean down(int width) {
        return moveRow(1, width);
    }

    /**
     * The text as it is shown {@code width} columns wide: broken at line breaks, and where a row is
     * full (never inside a wide character). Always at least one row.
     */
    public List<Row> rows(int width) {
        List<Row> rows = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                rows.add(new Row(start, i));
                start = i + 1;
                used = 0;
                continue;
            }
            int w = Columns.width(c);
            if (used + w > Math.max(1, width) && i > start) {
                rows.add(new Row(start, i));
                start = i;
                used = 0;
            }
            used += w;
        }
        rows.add(new Row(start, text.length()));
        return rows;
    }

    /** The row the caret is on, among {@link #rows}. */
    public int caretRow(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).start() <= caret) {
                return i;
            }
        }
        return 0;
    }

    /** The caret's column within its row. */
    public int caretColumn(List<Row> rows) {
        Row row = rows.get(caretRow(rows));
        return Columns.width(text.substring(row.start(), caret));
    }

    private boolean moveRow(int step, int width) {
        List<Row> rows = rows(width);
        int row = caretRow(rows);
        int target = row + step;
        if (target < 0 || target >= rows.size()) {
            return false;
        }
        int column = caretColumn(rows);
        replacing = false;
        Row to = rows.get(target);
        int at = to.start();
        int used = 0;
        while (at < to.end() && used + Columns.width(text.charAt(at)) <= column) {
            used += Columns.width(text.charAt(at));
            at++;
        }
        caret = at;
        return true;
    }

    private int before(int index) {
        if (index <= 0) {
            return 0;
        }
        return Character.isLowSurrogate(text.charAt(index - 1)) && index > 1 ? index - 2 : index - 1;
    }

    private int after(int index) {
        if (index >= text.length()) {
            return text.length();
        }
        return Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length() ? index + 2 : index + 1;
    }

    /** Line breaks as spaces, and none at the end (copying a cell from a spreadsheet adds one). */
    private static String oneLine(String text) {
        String trimmed = text.replaceAll("[\\r\\n]+$", "");
        return trimmed.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    /** One row as shown: the characters from {@code start} up to {@code end} (a line break not included). */
    public record Row(int start, int end) {
    }
}
