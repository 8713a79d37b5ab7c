package jixiao.storage.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.file.FileHead;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV exchange format ({@code exchange.md}), for spreadsheets: one row per indicator, the
 * project's columns repeated on each of its rows, headers in English or Chinese. Reading streams, one
 * project at a time, so a file of a million rows needs no more memory than its largest project.
 *
 * <p>A cell that a spreadsheet would run as a formula is written with a leading apostrophe, which
 * reading removes again ({@link FormulaGuard}). Every row must have as many cells as the header: a
 * row cut short (a file truncated in its last row) is a problem, never a shorter project.
 */
public final class CsvExchange {

    /** What Excel in China writes CSV in by default; a superset of GBK. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Bytes the encoding cannot read, found by a reader that knows neither the file nor the line; {@link #located}. */
    private static final Bilingual UNREADABLE_BYTES = new Bilingual("有按文件编码读不出的字节（可用 --encoding 指明编码）",
            "there are bytes that the file's encoding cannot read (name the encoding with --encoding)");

    private final Limits limits;

    public CsvExchange() {
        this(Limits.DEFAULT);
    }

    CsvExchange(Limits limits) {
        this.limits = limits;
    }

    /**
     * The encoding a CSV file is in: UTF-8 (with or without a byte-order mark) if the whole file is
     * valid UTF-8, else GB18030. Reads the file through once, a block at a time.
     */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        }
    }

    /** As {@link #detect(Path)}, reading the stream up to a byte that is not UTF-8, or to its end. */
    public static Charset detect(InputStream in) throws IOException {
        return UnreadableBytes.firstLine(in, StandardCharsets.UTF_8).isPresent() ? GB18030 : StandardCharsets.UTF_8;
    }

    /**
     * Reads a file in the given encoding or, without one, in the encoding {@link #detect} would choose,
     * decided as the file is read ({@link GuessedEncoding}); otherwise as {@link #read(Reader, String,
     * Consumer)}, the file named by its path in problems. Every byte of a file read without problems is
     * fed to {@code digest} ({@link DigestedFile}), once.
     */
    public List<Problem> read(Path file, Optional<Charset> encoding, Consumer<ProjectYear> each, MessageDigest digest)
            throws IOException {
        List<Charset> tried = new ArrayList<>();
        if (encoding.isEmpty()) {
            tried.add(StandardCharsets.UTF_8);
            try (InputStream bytes = DigestedFile.open(file, digest);
                    GuessedEncoding in = new GuessedEncoding(DigestedFile.text(bytes, StandardCharsets.UTF_8), file, each)) {
                List<Problem> problems = read(in, file.toString(), in::take);
                in.finish();
                return located(whole(problems, bytes), file, tried);
            } catch (GuessedEncoding.NotUtf8 e) {
                digest.reset(); // nothing was handed on: the file is read again, as GB18030, from its first byte
            }
        }
        Charset charset = encoding.orElse(GB18030);
        tried.add(charset);
        try (InputStream bytes = DigestedFile.open(file, digest); Reader in = DigestedFile.text(bytes, charset)) {
            return located(whole(read(in, file.toString(), each), bytes), file, tried);
        }
    }

    /** The problems; where there are none, the file's bytes after its last row are fed to the digest too. */
    private static List<Problem> whole(List<Problem> problems, InputStream bytes) throws IOException {
        if (problems.isEmpty()) {
            DigestedFile.rest(bytes);
        }
        return problems;
    }

    /**
     * The problem of bytes the encoding cannot read, with the line they are on and the encoding named;
     * where the file was tried as UTF-8 and then as GB18030, at the line of the one that read further.
     */
    private static List<Problem> located(List<Problem> problems, Path file, List<Charset> tried) throws IOException {
        List<Problem> located = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            located.add(problem.message() == UNREADABLE_BYTES ? unreadable(problem.source(), file, tried) : problem);
        }
        return located;
    }

    private static Problem unreadable(String source, Path file, List<Charset> tried) throws IOException {
        int[] lines = new int[tried.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = UnreadableBytes.firstLine(file, tried.get(i)).orElse(0);
        }
        if (lines.length == 1) {
            String name = tried.get(0).name();
            return new Problem(source, lines[0] > 0 ? ":" + lines[0] : "", new Bilingual("有按 " + name
                    + " 读不出的字节（可用 --encoding 指明编码）", "there are bytes that " + name
                    + " cannot read (name the encoding with --encoding)"));
        }
        return new Problem(source, ":" + Math.max(lines[0], lines[1]), new Bilingual(
                "按 UTF-8 和 GB18030 都读不通：UTF-8 在第 " + lines[0] + " 行、GB18030 在第 " + lines[1]
                        + " 行遇到读不出的字节（可用 --encoding 指明编码）",
                "neither UTF-8 nor GB18030 reads the file: UTF-8 fails at line " + lines[0] + ", GB18030 at line "
                        + lines[1] + " (name the encoding with --encoding)"));
    }

    /**
     * Reads a file, handing each project to {@code each} as soon as its last row is read, if none of
     * its rows had a problem; {@code source} names the file in problems. Returns every problem found,
     * located {@code FILE:LINE: column}. A caller that must import all or nothing discards what it was
     * handed when the list is not empty. Never throws for bad content.
     */
    public List<Problem> read(Reader in, String source, Consumer<ProjectYear> each) throws IOException {
        Problems problems = new Problems(source, limits);
        RowAssembler rows = new RowAssembler(problems, limits, each);
        CsvRecords records = new CsvRecords(in, FORMAT, limits.rowChars());
        try (records) {
            for (CsvRecords.Row row = next(rows, records); row != null; row = next(rows, records)) {
                if (hasHeaderWidth(rows, row.line(), row.cells(), problems)) {
                    rows.row(row.line(), row.cells(), row.mayHoldControls());
                }
            }
        } catch (IOException e) {
            unreadable(e, records.failedAt(), problems);
        }
        rows.finish();
        return problems.all();
    }

    /** The next record while the rows are still wanted, else null. */
    private static CsvRecords.Row next(RowAssembler rows, CsvRecords records) throws IOException {
        return rows.wantsRows() ? records.next() : null;
    }

    /**
     * Whether a row has as many cells as the header, reporting it if not: a row cut short by a
     * truncated file would otherwise import as a project with fewer indicators or blank columns.
     */
    private static boolean hasHeaderWidth(RowAssembler rows, int line, List<String> cells, Problems problems) {
        OptionalInt width = rows.headerWidth();
        if (width.isEmpty() || cells.size() == width.getAsInt() || RowAssembler.blank(cells)) {
            return true;
        }
        problems.add(line, "", "这一行有 " + cells.size() + " 个单元格，表头有 " + width.getAsInt()
                + " 个：文件可能被截断，或某个单元格里的逗号或引号错位",
                "this row has " + cells.size() + " cells and the header " + width.getAsInt()
                        + ": the file may be cut off, or a comma or quote in a cell is misplaced");
        return false;
    }

    /** Reads a whole file: all its project-years, or none and the problems. */
    public Reading read(Reader in, String source) throws IOException {
        List<ProjectYear> projects = new ArrayList<>();
        List<Problem> problems = read(in, source, projects::add);
        return problems.isEmpty() ? new Reading(projects, List.of()) : new Reading(List.of(), problems);
    }

    /**
     * Whether a file is one this format's export wrote: its first line begins with the columns every
     * export writes (stage columns may follow), in either language.
     */
    public static boolean wrote(Path file) {
        String head = FileHead.text(file, 4096);
        String first = head.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? head.substring(1) : head;
        List<Column> always = ProjectRows.columns(List.of());
        return begins(first, String.join(",", ProjectRows.header(always, Language.EN)))
                || begins(first, String.join(",", ProjectRows.header(always, Language.ZH)));
    }

    private static boolean begins(String line, String header) {
        return line.startsWith(header + "\r\n") || line.startsWith(header + ",");
    }

    /** Writes project-years with English headers; {@link #read} reads them back unchanged. */
    public void write(Iterable<ProjectYear> years, Writer out) throws IOException {
        write(years, out, Language.EN);
    }

    /** Writes project-years with headers in the given language, one at a time; flushes but does not close {@code out}. */
    public void write(Iterable<ProjectYear> years, Writer out, Language headers) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        List<Column> columns = ProjectRows.columns(years);
        printer.printRecord(ProjectRows.header(columns, headers));
        for (ProjectYear year : years) {
            for (List<String> row : ProjectRows.of(year, columns)) {
                printer.printRecord(row.stream().map(FormulaGuard::neutralised));
            }
        }
        printer.flush();
    }

    private void unreadable(IOException cause, int line, Problems problems) throws IOException {
        if (cause instanceof CSVException) {
            problems.add(line, "", "CSV 格式有误：" + cause.getMessage(), "malformed CSV: " + cause.getMessage());
        } else if (cause instanceof CsvRowGuard.RowTooLong) {
            problems.add(line, "", "从这一行起的一行超过 " + limits.rowChars() + " 字（引号未闭合？）",
                    "the row starting here is longer than " + limits.rowChars() + " characters (an unclosed quote?)");
        } else if (cause instanceof CharacterCodingException) {
            // The decoder reads ahead a block at a time, so the line it stopped on says little: reading a
            // file, the line and the encoding are found again ({@link #located}).
            problems.add("", UNREADABLE_BYTES);
        } else {
            throw cause;
        }
    }
}
