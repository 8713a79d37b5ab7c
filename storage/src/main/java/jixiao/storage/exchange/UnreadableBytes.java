package jixiao.storage.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The line of a file where its encoding first fails: whether a CSV is UTF-8 ({@link CsvExchange#detect}),
 * and where, for a problem that names it. The reader that found such bytes decodes a block ahead of the
 * rows it hands on, so the row it stopped at says little; this reads the file again, only then, and
 * counts the lines decoded before the first byte that would not be.
 */
final class UnreadableBytes {

    private static final int BLOCK = 64 * 1024;

    private UnreadableBytes() {
    }

    /** The 1-based line holding the first byte {@code charset} cannot read; empty where every byte reads. */
    static OptionalInt firstLine(Path file, Charset charset) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return firstLine(in, charset);
        }
    }

    /** As {@link #firstLine(Path, Charset)}, reading the stream up to that byte or to its end. */
    static OptionalInt firstLine(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
        CharBuffer chars = CharBuffer.allocate(BLOCK);
        int line = 1;
        for (boolean end = false; !end; ) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0));
            bytes.flip();
            CoderResult result;
            do {
                chars.clear();
                result = decoder.decode(bytes, chars, end);
                line += newlines(chars.flip());
            } while (result.isOverflow());
            if (result.isError()) {
                return OptionalInt.of(line);
            }
            bytes.compact(); // a character cut by the block's end is decoded with the next block
        }
        chars.clear();
        return decoder.flush(chars).isError() ? OptionalInt.of(line) : OptionalInt.empty();
    }

    private static int newlines(CharBuffer decoded) {
        int count = 0;
        while (decoded.hasRemaining()) {
            count += decoded.get() == '\n' ? 1 : 0;
        }
        return count;
    }
}
