package jixiao.app.command;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.storage.exchange.JsonExchange;
import jixiao.storage.exchange.Problem;
import jixiao.storage.exchange.Reading;

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

    private ExchangeFiles() {
    }

    /** Hands each problem-free project of the file to {@code each}; returns the file's problems. */
    static List<Problem> read(Path file, Optional<Charset> encoding, Consumer<Project> each) {
        try {
            return readFormat(file, encoding, each);
        } catch (IOException e) {
            return List.of(new Problem(file.toString(), "", new Bilingual(
                    "无法读取文件（" + e.getClass().getSimpleName() + "：" + e.getMessage() + "）",
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
        }
    }

    private static List<Problem> readFormat(Path file, Optional<Charset> encoding, Consumer<Project> each)
            throws IOException {
        Optional<Format> format = Format.of(file);
        if (format.isEmpty()) {
            return List.of(new Problem(file.toString(), "", new Bilingual("无法识别的文件类型：应为 .json、.csv 或 .xlsx",
                    "unknown kind of file: expected .json, .csv or .xlsx")));
        }
        switch (format.get()) {
            case JSON:
                try (Reader in = Files.newBufferedReader(file, encoding.orElse(StandardCharsets.UTF_8))) {
                    Reading reading = new JsonExchange().read(in, file.toString());
                    reading.projects().forEach(each);
                    return reading.problems();
                }
            default:
                return List.of(new Problem(file.toString(), "", new Bilingual("暂不支持此格式", "this format is not supported yet")));
        }
    }

    static void write(List<Project> projects, Format format, Path file) throws IOException {
        switch (format) {
            case JSON:
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    new JsonExchange().write(projects, out);
                }
                break;
            default:
                throw new IOException("not supported yet: " + format);
        }
    }
}
