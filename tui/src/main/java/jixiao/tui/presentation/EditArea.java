package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Columns;
import jixiao.tui.editing.Typing;

/**
 * What is being typed, as lines for the bottom of a screen, and where the terminal's cursor goes.
 * A one-line field is its label and as much of the text as fits around the caret. A multi-line
 * field (a note, a goal) is its label over the text wrapped to the screen, scrolled to the caret.
 * A suggestion that typing will replace is shown marked, as a spreadsheet marks a selection.
 */
public final class EditArea {

    /** The fewest rows a multi-line field gets, so a short note still looks like a page to write on. */
    private static final int FEWEST_NOTE_ROWS = 3;

    private EditArea() {
    }

    /** The lines, and the cursor's row among them and column. */
    public record Shown(List<Line> lines, int cursorRow, int cursorColumn) {
    }

    /** {@code maxRows}: how many lines a multi-line field may take, its label included. */
    public static Shown of(String label, Typing typing, int width, int maxRows) {
        return typing.isMultiLine() ? multiLine(label, typing, width, maxRows) : oneLine(label, typing, width);
    }

    private static Shown oneLine(String label, Typing typing, int width) {
        String text = typing.text();
        int labelWidth = Columns.width(label);
        int room = Math.max(1, width - labelWidth - 1);
        int from = 0;
        while (Columns.width(text.substring(from, typing.caret())) > room) {
            from++;
        }
        StringBuilder shown = new StringBuilder();
        int used = 0;
        for (int i = from; i < text.length() && used + Columns.width(text.charAt(i)) <= room; i++) {
            shown.append(text.charAt(i));
            used += Columns.width(text.charAt(i));
        }
        Line line = Line.fitted(List.of(new Segment(label, Tone.HEADING), new Segment(shown.toString(), tone(typing))), width);
        int column = Math.min(width - 1, labelWidth + Columns.width(text.substring(from, typing.caret())));
        return new Shown(List.of(line), 0, column);
    }

    private static Shown multiLine(String label, Typing typing, int width, int maxRows) {
        List<Typing.Row> rows = typing.rows(width - 1);
        int visible = Math.max(1, Math.min(Math.max(FEWEST_NOTE_ROWS, rows.size()), maxRows - 1));
        int caretRow = typing.caretRow(rows);
        int top = Math.max(0, caretRow - visible + 1);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted(label, Tone.HEADING, width));
        String text = typing.text();
        for (int i = top; i < top + visible; i++) {
            String row = i < rows.size() ? text.substring(rows.get(i).start(), rows.get(i).end()) : "";
            lines.add(Line.fitted(List.of(new Segment(row, tone(typing))), width));
        }
        int column = Math.min(width - 1, typing.caretColumn(rows));
        return new Shown(lines, 1 + caretRow - top, column);
    }

    private static Tone tone(Typing typing) {
        return typing.isReplacing() ? Tone.CURSOR : Tone.NORMAL;
    }
}
