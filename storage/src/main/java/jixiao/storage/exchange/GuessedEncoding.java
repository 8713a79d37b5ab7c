package jixiao.storage.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jixiao.domain.stage.ProjectYear;

/**
 * A CSV file given without its encoding, read as {@link CsvExchange#detect} would choose it (UTF-8 if
 * the file is valid UTF-8, else GB18030), but decided in the pass that reads the file instead of a
 * whole pass of its own beforehand: the file is read as strict UTF-8, and the project-years read are
 * held back ({@link #take}) until UTF-8 is sure. At a byte that is no UTF-8 before then, nothing has
 * been handed on, and the file is to be read again as GB18030 ({@link NotUtf8}).
 *
 * <p>UTF-8 is sure at the file's end, or once {@link #SURELY_UTF8} characters beyond ASCII have read
 * as UTF-8: GB18030's Chinese is valid UTF-8 now and then for a character or two, never for a
 * thousand, so a byte that is not UTF-8 after them is a broken UTF-8 file, reported as any byte the
 * encoding cannot read. A file that is mostly ASCII may never get there: after {@link #HELD_AT_MOST}
 * years held, or where reading stops early, {@link CsvExchange#detect} decides.
 */
final class GuessedEncoding extends FilterReader {

    /** The file is not UTF-8: read it again as GB18030. Thrown only while nothing was handed on. */
    static final class NotUtf8 extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotUtf8() {
            super("not UTF-8", null, false, false);
        }
    }

    static final int SURELY_UTF8 = 1024;
    static final int HELD_AT_MOST = 64;

    private final Path file;
    private final Consumer<ProjectYear> each;
    private final List<ProjectYear> held = new ArrayList<>();
    private int beyondAscii;
    /** Set by the thread that reads the file, read by the one that takes its years ({@link CsvRecords}). */
    private volatile boolean sure;

    /** {@code utf8}: the file's text, decoded strictly (a malformed byte throws), as {@link DigestedFile#text} reads it. */
    GuessedEncoding(Reader utf8, Path file, Consumer<ProjectYear> each) {
        super(utf8);
        this.file = file;
        this.each = each;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read;
        try {
            read = super.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            if (!sure) {
                throw new NotUtf8();
            }
            throw e;
        }
        sure |= read < 0;
        for (int i = offset; !sure && i < offset + read; i++) {
            if (buffer[i] > '\u007f') {
                sure = ++beyondAscii >= SURELY_UTF8;
            }
        }
        return read;
    }

    /** A year read: handed on once UTF-8 is sure, held until then. */
    void take(ProjectYear year) {
        held.add(year);
        if (!sure && held.size() > HELD_AT_MOST) {
            try {
                decide();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reported as the file's reading reports it
            }
        }
        if (sure) {
            release();
        }
    }

    /** Hands on the years still held, after the last row read; decides first where reading stopped early. */
    void finish() throws IOException {
        if (!sure) {
            decide();
        }
        release();
    }

    private void decide() throws IOException {
        if (CsvExchange.detect(file) != StandardCharsets.UTF_8) {
            throw new NotUtf8();
        }
        sure = true;
    }

    private void release() {
        held.forEach(each);
        held.clear();
    }
}
