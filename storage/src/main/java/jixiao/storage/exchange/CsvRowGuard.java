package jixiao.storage.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV file at a row longer than {@link Limits#rowChars()} before the CSV parser holds it:
 * commons-csv builds each cell whole in memory, so one cell of a gigabyte, or a quote never closed,
 * would otherwise run it out of memory. Rows are told apart as the parser does: a line break outside
 * double quotes ends one (a doubled quote inside quotes flips the state twice, leaving it as it was).
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

    private void count(char c) throws RowTooLong {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            inRow = 0;
            return;
        }
        if (++inRow > limit) {
            throw new RowTooLong(limit);
        }
    }
}
