package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --format text|json}, and printing a result in the chosen one. */
public final class FormatOption {

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output: text (default) or json.")
    private OutputFormat format;

    /** Prints the JSON or the text lines, building only the one asked for. */
    void print(PrintWriter out, Supplier<String> json, Supplier<List<String>> text) {
        if (format == OutputFormat.JSON) {
            out.println(json.get());
        } else {
            text.get().forEach(out::println);
        }
        out.flush();
    }
}
