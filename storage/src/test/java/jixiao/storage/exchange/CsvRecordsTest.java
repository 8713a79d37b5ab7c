package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    @Test
    void recordsComeInTheFilesOrderEachWithTheLineItStartsOn() throws IOException {
        String text = "\uFEFFyear,name\r\n2024,\"two\nlines\"\r\n2025,'=1+1\r\n";
        try (CsvRecords records = new CsvRecords(new StringReader(text), FORMAT, 1000)) {
            assertRow(1, List.of("year", "name"), records.next());
            assertRow(2, List.of("2024", "two\nlines"), records.next());
            assertRow(4, List.of("2025", "=1+1"), records.next());
            assertNull(records.next());
            assertNull(records.next());
        }
    }

    @Test
    void aRowIsMarkedAsMayHoldingControlsOnlyOnceOneWasRead() throws IOException {
        try (CsvRecords records = new CsvRecords(new StringReader("a,b\r\nc,d\r\n"), FORMAT, 1000)) {
            assertFalse(records.next().mayHoldControls());
            assertFalse(records.next().mayHoldControls());
        }
        try (CsvRecords records = new CsvRecords(new StringReader("a,b\r\nc,\"d\u0007\"\r\n"), FORMAT, 1000)) {
            records.next();
            assertTrue(records.next().mayHoldControls());
        }
    }

    @Test
    void aFileOfMoreRowsThanABatchArrivesWhole() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int row = 1; row <= 1000; row++) {
            text.append(row).append(",x\r\n");
        }
        List<Integer> lines = new ArrayList<>();
        try (CsvRecords records = new CsvRecords(new StringReader(text.toString()), FORMAT, 1000)) {
            for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
                assertEquals(String.valueOf(row.line()), row.cells().get(0));
                lines.add(row.line());
            }
        }
        assertEquals(1000, lines.size());
    }

    @Test
    void aFailureReachesTheCallerAfterTheRowsBeforeItAtTheLineItStopped() throws IOException {
        // more good rows than the parser reads ahead in one go, so that some are handed out before the failure
        String text = "a,b\r\n".repeat(5000) + "e".repeat(50) + "\r\n";
        try (CsvRecords records = new CsvRecords(new StringReader(text), FORMAT, 20)) {
            int rows = 0;
            try {
                while (records.next() != null) {
                    rows++;
                }
            } catch (CsvRowGuard.RowTooLong expected) {
                assertTrue(rows > 0, "rows read before the failure: " + rows);
                assertEquals(rows + 1, records.failedAt());
                return;
            }
            throw new AssertionError("the row too long was not reported");
        }
    }

    @Test
    void aMalformedQuoteIsTheParsersOwnIoException() throws IOException {
        try (CsvRecords records = new CsvRecords(new StringReader("a,\"b\"c\r\n"), FORMAT, 1000)) {
            IOException thrown = assertThrows(IOException.class, records::next);
            assertEquals("org.apache.commons.csv.CSVException", thrown.getClass().getName());
            assertEquals(1, records.failedAt());
        }
    }

    @Test
    void whatTheTextThrowsIsThrownAsItWas() throws IOException {
        CharacterCodingException undecodable = new CharacterCodingException();
        IllegalStateException unchecked = new IllegalStateException("not UTF-8");
        try (CsvRecords records = new CsvRecords(failing(undecodable), FORMAT, 1000)) {
            assertSame(undecodable, assertThrows(CharacterCodingException.class, records::next));
        }
        try (CsvRecords records = new CsvRecords(failing(unchecked), FORMAT, 1000)) {
            assertSame(unchecked, assertThrows(IllegalStateException.class, records::next));
        }
    }

    @Test
    void closingStopsTheParsingSoTheTextIsNoLongerRead() throws IOException {
        Endless endless = new Endless();
        CsvRecords records = new CsvRecords(endless, FORMAT, 1000);
        assertNotNull(records.next());
        records.close();
        assertNotNull(endless.parser);
        assertFalse(endless.parser.isAlive());
        assertTrue(endless.parser.getName().startsWith("jixiao-csv"));
    }

    private static void assertRow(int line, List<String> cells, CsvRecords.Row row) {
        assertEquals(line, row.line());
        assertEquals(cells, row.cells());
    }

    /** A text whose first read throws {@code failure}, as a decoder or {@link GuessedEncoding} would. */
    private static Reader failing(Throwable failure) {
        return new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Rows without end; notes the thread that reads it. */
    private static final class Endless extends Reader {
        private volatile Thread parser;

        @Override
        public int read(char[] buffer, int offset, int length) {
            parser = Thread.currentThread();
            String row = "a,b\r\n";
            int count = Math.min(length, row.length());
            row.getChars(0, count, buffer, offset);
            return count;
        }

        @Override
        public void close() {
        }
    }
}
