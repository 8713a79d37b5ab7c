package jixiao.storage.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import jixiao.domain.language.Printable;

/**
 * Stops a CSV file at a row longer than {@link Limits#rowChars()} before the CSV parser holds it:
 * commons-csv builds each cell whole in memory, so one cell of a gigabyte, or a quote never closed,
 * would otherwise run it out of memory. Rows are told apart as the parser does: a line break outside
 * double quotes ends one (a doubled quote inside quotes flips the state twice, leaving it as it was).
 *
 * <p>Seeing every character before the parser does, it also notes whether any may be a control
 * character ({@link Printable#mayBeControl}): until one is, the rows read hold none, and their cells
 * need not be looked at again, character by character ({@link CellText}).
 */
final class CsvRowGuard extends FilterReader {

    /** A row too long to read: reported at the row where it starts. */
    static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLong(int limit) {
            super("a row longer than " + limit + " characters");
        }
    }

    private final int limit;
    private int inRow;
    private boolean quoted;
    private boolean mayHoldControls;

    CsvRowGuard(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    /**
     * Whether any character read so far may be a control character. The parser reads ahead of the row
     * it hands out, never behind it, so false means that row has none.
     */
    boolean mayHoldControls() {
        return mayHoldControls;
    }

    private void count(char c) throws RowTooLong {
        if (c == '"') {
            quoted = !quoted;
        } else if (c < ' ' || c > '~') { // printable ASCII, most of a file, neither ends a row nor controls
            if (!quoted && (c == '\n' || c == '\r')) {
                inRow = 0;
                return;
            }
            mayHoldControls |= Printable.mayBeControl(c);
        }
        if (++inRow > limit) {
            throw new RowTooLong(limit);
        }
    }
}
