package jixiao.tui.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The terminal's input on its way to Lanterna, with each bracketed paste ({@code ESC[200~ … ESC[201~})
 * taken out whole: the text goes to {@link #pastes()} and a bare {@code ESC[200~} takes its place,
 * which {@link PastePattern} turns into a {@link Pasted} event in the order the paste came.
 *
 * <p>Why here and not in a Lanterna pattern alone: Lanterna decodes key by key, and when a read
 * ends inside an escape sequence it gives up and returns what it has (Esc, or Alt-[), so a paste
 * longer than one read of the terminal would turn back into keys. This filter keeps its state
 * across reads. A lone Esc is held back at most {@value #ESCAPE_WAIT_MS} ms, in case it starts a paste.
 */
final class PasteFilter extends InputStream {

    static final byte[] START = {0x1b, '[', '2', '0', '0', '~'};
    static final byte[] END = {0x1b, '[', '2', '0', '1', '~'};
    static final int ESCAPE_WAIT_MS = 30;

    private final InputStream in;
    private final Queue<String> pastes = new ConcurrentLinkedQueue<>();
    private final byte[] chunk = new byte[4096];
    private byte[] ready = new byte[256];
    private int readyStart;
    private int readyEnd;
    /** How many bytes of {@link #START} the input has matched so far, held back until it is sure. */
    private int held;
    private ByteArrayOutputStream paste;
    /** Inside a paste: how many bytes of {@link #END} have matched. */
    private int ending;
    private boolean ended;

    PasteFilter(InputStream in) {
        this.in = in;
    }

    /** The texts pasted, oldest first; each is announced by one {@code ESC[200~} in the stream. */
    Queue<String> pastes() {
        return pastes;
    }

    @Override
    public synchronized int available() throws IOException {
        pump(false);
        return readyEnd - readyStart;
    }

    @Override
    public synchronized int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (readyEnd == readyStart) {
            if (ended) {
                return -1;
            }
            pump(true);
        }
        int count = Math.min(length, readyEnd - readyStart);
        System.arraycopy(ready, readyStart, buffer, offset, count);
        readyStart += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads what the terminal has sent (waiting for at least one byte if {@code block}) and sorts it. */
    private void pump(boolean block) throws IOException {
        int waiting = in.available();
        if (waiting <= 0 && held > 0 && paste == null) {
            waiting = waitForMore();
            if (waiting <= 0) {
                release();
                return;
            }
        }
        if (waiting <= 0 && !block) {
            return;
        }
        int read = in.read(chunk, 0, waiting > 0 ? Math.min(waiting, chunk.length) : chunk.length);
        if (read < 0) {
            end();
            return;
        }
        for (int i = 0; i < read; i++) {
            sort(chunk[i]);
        }
    }

    /** After the start of a possible paste marker: the rest comes at once, or it was the Esc key. */
    private int waitForMore() throws IOException {
        long until = System.nanoTime() + ESCAPE_WAIT_MS * 1_000_000L;
        int waiting = in.available();
        while (waiting <= 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            waiting = in.available();
        }
        return waiting;
    }

    private void sort(byte b) {
        if (paste != null) {
            inPaste(b);
        } else if (b == START[held]) {
            held++;
            if (held == START.length) {
                held = 0;
                paste = new ByteArrayOutputStream();
            }
        } else {
            release();
            if (b == START[0]) {
                held = 1;
            } else {
                deliver(b);
            }
        }
    }

    private void inPaste(byte b) {
        if (b == END[ending]) {
            ending++;
            if (ending == END.length) {
                finishPaste();
            }
            return;
        }
        paste.write(END, 0, ending);
        ending = 0;
        if (b == END[0]) {
            ending = 1;
        } else {
            paste.write(b);
        }
    }

    private void finishPaste() {
        pastes.add(paste.toString(StandardCharsets.UTF_8));
        paste = null;
        ending = 0;
        for (byte b : START) {
            deliver(b);
        }
    }

    /** The bytes held back were not a paste marker after all: they are keys. */
    private void release() {
        for (int i = 0; i < held; i++) {
            deliver(START[i]);
        }
        held = 0;
    }

    /** The terminal closed: what was held or half pasted is still delivered, then the end. */
    private void end() {
        if (paste != null) {
            paste.write(END, 0, ending);
            finishPaste();
        }
        release();
        ended = true;
    }

    private void deliver(byte b) {
        if (readyStart == readyEnd) {
            readyStart = 0;
            readyEnd = 0;
        }
        if (readyEnd == ready.length) {
            byte[] larger = new byte[ready.length * 2];
            System.arraycopy(ready, readyStart, larger, 0, readyEnd - readyStart);
            readyEnd -= readyStart;
            readyStart = 0;
            ready = larger;
        }
        ready[readyEnd++] = b;
    }
}
