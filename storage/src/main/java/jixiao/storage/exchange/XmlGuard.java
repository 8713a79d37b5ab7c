package jixiao.storage.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Bounds the XML of a workbook part before the XML parser sees it. The JDK's streaming parser hands
 * text over in pieces, but holds a tag, a comment, a CDATA section or a processing instruction whole:
 * one of a gigabyte (a few kilobytes zipped) would run it out of memory. So each of them may be at most
 * {@link Limits#markupBytes()} long; and a DTD is refused outright, which also closes every door to
 * XML external entities (XXE) and entity expansion. Works on the bytes, so it needs no decoding.
 */
final class XmlGuard extends FilterInputStream {

    /** Markup longer than the limit, or a DTD. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean dtd;

        Refused(String message, boolean dtd) {
            super(message);
            this.dtd = dtd;
        }

        boolean isDtd() {
            return dtd;
        }
    }

    private enum State { TEXT, OPENED, TAG, SPECIAL }

    private static final byte[] DOCTYPE = "!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT = "!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CDATA = "![CDATA[".getBytes(StandardCharsets.US_ASCII);

    private final int limit;
    private State state = State.TEXT;
    /** The bytes after {@code <} while it is not yet clear what they open. */
    private final byte[] opening = new byte[DOCTYPE.length];
    private int opened;
    /** Inside a tag: the quote of the attribute value being read, or 0. */
    private byte quote;
    /** Inside a comment, CDATA section or processing instruction: what ends it, and how much of that has been seen. */
    private byte[] end;
    private int matched;
    private long length;

    XmlGuard(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = offset; i < offset + read; i++) {
            see(buffer[i]);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported");
    }

    private void see(byte b) throws Refused {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.OPENED;
                    opened = 0;
                    length = 0;
                }
            }
            case OPENED -> opening(b);
            case TAG -> tag(b);
            default -> special(b);
        }
        if (state != State.TEXT && ++length > limit) {
            throw new Refused("XML markup longer than " + limit + " bytes", false);
        }
    }

    /** The first bytes after {@code <}: a tag, or a comment, CDATA section, PI or DTD. */
    private void opening(byte b) throws Refused {
        opening[opened++] = b;
        if (opened == 1 && b == '?') {
            special("?>");
        } else if (opened == 1 && b != '!') {
            state = State.TAG;
            tag(b);
        } else if (startsWith(DOCTYPE)) {
            throw new Refused("a DTD (<!DOCTYPE)", true);
        } else if (startsWith(COMMENT)) {
            special("-->");
        } else if (startsWith(CDATA)) {
            special("]]>");
        } else if (!couldBe(DOCTYPE) && !couldBe(COMMENT) && !couldBe(CDATA)) {
            state = State.TAG; // some other <! declaration: the parser will say what is wrong with it
        }
    }

    private boolean startsWith(byte[] prefix) {
        return opened == prefix.length && couldBe(prefix);
    }

    private boolean couldBe(byte[] prefix) {
        for (int i = 0; i < opened; i++) {
            if (i >= prefix.length || opening[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void special(String ending) {
        state = State.SPECIAL;
        end = ending.getBytes(StandardCharsets.US_ASCII);
        matched = 0;
    }

    /** Each ending is one character twice or once, then {@code >}: a repeat of that character keeps what matched. */
    private void special(byte b) {
        if (b == end[matched]) {
            matched++;
        } else if (b != end[0]) {
            matched = 0;
        } else if (end[0] != end[1]) {
            matched = 1;
        }
        if (matched == end.length) {
            state = State.TEXT;
        }
    }

    private void tag(byte b) {
        if (quote != 0) {
            quote = b == quote ? 0 : quote;
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            state = State.TEXT;
        }
    }
}
