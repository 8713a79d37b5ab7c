package jixiao.app.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.exchange.CsvExchange;
import jixiao.storage.exchange.DigestedFile;
import jixiao.storage.exchange.JsonReader;
import jixiao.storage.exchange.JsonWriter;
import jixiao.storage.exchange.Problem;
import jixiao.storage.exchange.Reading;
import jixiao.storage.exchange.XlsxExchange;
import jixiao.storage.file.Overwrite;
import jixiao.storage.file.SafeFile;

/** The exchange formats by file name: reading each file's projects, and writing an export. */
final class ExchangeFiles {

    /** The formats, known by their extension. */
    enum Format {
        JSON, CSV, XLSX;

        static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            for (Format format : values()) {
                if (format.name().toLowerCase(Locale.ROOT).equals(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    private static final Bilingual AN_EXPORT = new Bilingual("导出文件", "an export");
    /** Excel in China opens a UTF-8 CSV as GBK unless it starts with a byte-order mark; import skips it. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ExchangeFiles() {
    }

    /** Hands each problem-free project-year of the file to {@code each}; returns the file's problems. */
    static List<Problem> read(Path file, Optional<Charset> encoding, Consumer<ProjectYear> each) {
        return read(file, encoding, each, DigestedFile.none());
    }

    /**
     * As {@link #read(Path, Optional, Consumer)}, every byte of a file read without problems fed to
     * {@code digest}: JSON and CSV as they are read ({@link DigestedFile}), an XLSX workbook, which is
     * read as a zip from its end, after.
     */
    static List<Problem> read(Path file, Optional<Charset> encoding, Consumer<ProjectYear> each, MessageDigest digest) {
        try {
            return readFormat(file, encoding, each, digest);
        } catch (IOException e) {
            return List.of(Problem.unreadable(file.toString(), e));
        }
    }

    private static List<Problem> readFormat(Path file, Optional<Charset> encoding, Consumer<ProjectYear> each,
            MessageDigest digest) throws IOException {
        Optional<Format> format = Format.of(file);
        if (format.isEmpty()) {
            return List.of(new Problem(file.toString(), "", new Bilingual("无法识别的文件类型：应为 .json、.csv 或 .xlsx",
                    "unknown kind of file: expected .json, .csv or .xlsx")));
        }
        switch (format.get()) {
            case JSON:
                // A file read without problems is read to its end: the reader makes sure nothing follows the document.
                try (InputStream bytes = DigestedFile.open(file, digest)) {
                    if (encoding.isPresent()) {
                        Reading reading = new JsonReader().read(DigestedFile.text(bytes, encoding.get()), file.toString());
                        reading.years().forEach(each);
                        return reading.problems();
                    }
                    // From the bytes, JSON tells UTF-8 (with or without a byte-order mark) from UTF-16 itself.
                    return new JsonReader().read(bytes, file.toString(), each);
                }
            case CSV:
                return new CsvExchange().read(file, encoding, each, digest);
            default:
                List<Problem> problems = new XlsxExchange().read(file, file.toString(), each);
                try (InputStream bytes = DigestedFile.open(file, digest)) {
                    DigestedFile.rest(bytes);
                }
                return problems;
        }
    }

    /** Whether a file is an export jixiao wrote, in any of the formats. */
    private static boolean written(Path file) {
        return JsonWriter.wrote(file) || CsvExchange.wrote(file) || XlsxExchange.wrote(file);
    }

    /**
     * Writes an export safely ({@link SafeFile}): whole or not at all, replacing an export jixiao
     * wrote in that format, any other file only with {@code force}, a database never.
     */
    static Path write(List<ProjectYear> projects, Format format, Path file, boolean force) {
        return SafeFile.write(file, Overwrite.ifWritten(AN_EXPORT, ExchangeFiles::written, force), out -> {
            switch (format) {
                case JSON -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    new JsonWriter().write(projects, text);
                    text.flush();
                }
                case CSV -> {
                    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    text.write(BYTE_ORDER_MARK);
                    new CsvExchange().write(projects, text);
                    text.flush();
                }
                default -> new XlsxExchange().write(projects, out);
            }
        });
    }
}
