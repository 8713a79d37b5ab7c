package jixiao.storage.exchange;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text, parsed on a thread of their own ahead of the caller: decoding and
 * parsing are about half of reading a file, and the thread that checks and assembles the rows is an
 * import's longer one (docs/benchmarks.md), so the two run side by side. Records come in the file's
 * order, in batches through a short queue, so memory stays that of a few hundred rows. A failure of
 * the parsing reaches the caller where it happened, after every record before it. {@link #close}
 * stops the parsing and waits for it: once it returns, the text is no longer read.
 */
final class CsvRecords implements AutoCloseable {

    /**
     * A record: the line it starts on (a quoted cell may run over several lines), its cells with a
     * formula's apostrophe removed ({@link FormulaGuard}), and whether a control character may have
     * been read by the time it was ({@link CsvRowGuard#mayHoldControls}).
     */
    record Row(int line, List<String> cells, boolean mayHoldControls) {
    }

    /** Records in the file's order; the last batch says how the parsing ended. */
    private record Batch(List<Row> rows, boolean last, Throwable failure, int failedAt) {
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BATCH = 256;
    /** Batches parsed ahead of the caller, at most. */
    private static final int AHEAD = 4;

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread parsing;
    private volatile boolean closed;
    private Iterator<Row> batch = Collections.emptyIterator();
    private Batch last;

    /** Starts parsing {@code in} (a byte-order mark at its start skipped), no row longer than {@code rowChars}. */
    CsvRecords(Reader in, CSVFormat format, int rowChars) {
        parsing = new Thread(() -> parse(in, format, rowChars), "jixiao-csv");
        parsing.setDaemon(true); // a reader left behind by a crash must not keep the program alive
        parsing.start();
    }

    /**
     * The next record, or null after the last one. Throws what stopped the parsing, once the records
     * before it are taken: an {@link IOException} as the text or the parser threw it (a malformed
     * file, a row too long, a byte the encoding cannot read), anything else as it was thrown.
     */
    Row next() throws IOException {
        while (!batch.hasNext()) {
            if (last != null) {
                return ended();
            }
            Batch taken = take();
            batch = taken.rows().iterator();
            last = taken.last() ? taken : null;
        }
        return batch.next();
    }

    /** The line on which the record that could not be parsed starts: where a failure is reported. */
    int failedAt() {
        return last == null ? 0 : last.failedAt();
    }

    @Override
    public void close() {
        closed = true;
        queue.clear(); // a parser waiting for room gets it, and then sees it is closed
        try {
            parsing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Row ended() throws IOException {
        Throwable failure = last.failure();
        if (failure == null) {
            return null;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause(); // how the parser's iterator hands on what reading threw
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private void parse(Reader in, CSVFormat format, int rowChars) {
        List<Row> rows = new ArrayList<>(BATCH);
        long linesBefore = 0;
        Throwable failure = null;
        try {
            CsvRowGuard guard = new CsvRowGuard(withoutByteOrderMark(in), rowChars);
            CSVParser parser = format.parse(guard);
            Iterator<CSVRecord> records = parser.iterator();
            while (!closed && records.hasNext()) {
                rows.add(new Row(line(linesBefore + 1), unneutralised(records.next().values()), guard.mayHoldControls()));
                linesBefore = parser.getCurrentLineNumber();
                if (rows.size() == BATCH) {
                    hand(new Batch(rows, false, null, 0));
                    rows = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e; // the caller hears of it after the rows read before it
        }
        hand(new Batch(rows, true, failure, line(linesBefore + 1)));
    }

    /** Hands a batch to the caller, waiting while it is behind; drops it once the caller has closed. */
    private void hand(Batch rows) {
        try {
            while (!closed && !queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                // the caller is behind: wait for room, or for the caller to stop
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A line number as problems show it; past two billion lines it no longer matters exactly. */
    private static int line(long line) {
        return (int) Math.min(line, Integer.MAX_VALUE);
    }

    private static List<String> unneutralised(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = FormulaGuard.unneutralised(cells[i]);
        }
        return Arrays.asList(cells);
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }
}
