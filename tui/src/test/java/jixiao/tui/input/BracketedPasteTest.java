package jixiao.tui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bytes as a terminal sends them, through the paste filter and Lanterna's own decoder with the
 * patterns {@link BracketedPaste} teaches it: what the screens receive.
 */
class BracketedPasteTest {

    private static final String START = "\u001b[200~";
    private static final String END = "\u001b[201~";

    /**
     * The terminal's bytes, handed over {@code chunk} bytes per read, as a pty splits a long paste,
     * with a pause after each read: the next bytes are not there yet when first asked for.
     */
    private static final class Chunked extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private int at;
        private boolean paused;

        Chunked(String text, int chunk) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (at >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, chunk), bytes.length - at);
            System.arraycopy(bytes, at, buffer, offset, count);
            at += count;
            paused = true;
            return count;
        }

        @Override
        public int available() {
            if (paused) {
                paused = false;
                return 0;
            }
            return Math.min(bytes.length - at, chunk);
        }
    }

    private static List<KeyStroke> decode(String sent, int chunk) throws IOException {
        BracketedPaste paste = new BracketedPaste(new Chunked(sent, chunk));
        InputDecoder decoder = new InputDecoder(new InputStreamReader(paste.input(), StandardCharsets.UTF_8));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        paste.teach(decoder);
        List<KeyStroke> keys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            KeyStroke key = decoder.getNextCharacter(true);
            if (key == null || key.getKeyType() == KeyType.EOF) {
                break;
            }
            keys.add(key);
        }
        return keys;
    }

    @Test
    void aPasteBetweenKeysArrivesWholeInItsPlaceWithItsLineBreaks() throws IOException {
        List<KeyStroke> keys = decode("a" + START + "第一行\r第二行 x d q\r\n第三行" + END + "b", 4096);

        assertEquals(List.of(new KeyStroke('a', false, false), new Pasted("第一行\n第二行 x d q\n第三行"),
                new KeyStroke('b', false, false)), keys);
    }

    @Test
    void aPasteSplitAcrossReadsAnywhereIsStillOnePaste() throws IOException {
        String text = "偏差原因：\r受疫情影响，采购推迟。\r改进措施：提前招标。";
        for (int chunk = 1; chunk <= 12; chunk++) {
            List<KeyStroke> keys = decode("x" + START + text + END + "\u001b[A", chunk);

            assertEquals(List.of(new KeyStroke('x', false, false), new Pasted(text), new KeyStroke(KeyType.ArrowUp)), keys,
                    "reads of " + chunk + " bytes");
        }
    }

    @Test
    void keysThatOnlyLookLikeTheStartOfAPasteAreStillKeys() throws IOException {
        List<KeyStroke> keys = decode("\u001b[A\u001b[2~\u001b[20~\u001b", 4096);

        assertEquals(List.of(new KeyStroke(KeyType.ArrowUp), new KeyStroke(KeyType.Insert), new KeyStroke(KeyType.F9),
                new KeyStroke(KeyType.Escape)), keys);
    }

    @Test
    void altEnterIsAKeyNotEscapeThenEnter() throws IOException {
        assertEquals(List.of(new KeyStroke(KeyType.Enter, false, true)), decode("\u001b\r", 4096));
    }

    @Test
    void aPasteTheTerminalNeverEndedIsDeliveredWhenTheInputEnds() throws IOException {
        assertEquals(List.of(new Pasted("半截")), decode(START + "半截", 4096));
    }

    @Test
    void turningOnAsksTheTerminalToBracketPastesAndClosingTurnsItOff() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(sent, true, StandardCharsets.UTF_8);

        BracketedPaste.turnOn(terminal).close();

        assertEquals("\u001b[?2004h\u001b[?2004l", sent.toString(StandardCharsets.UTF_8));
        assertTrue(new Pasted("a\r\nb\rc").text().equals("a\nb\nc"), "line breaks arrive as \\n");
    }
}
