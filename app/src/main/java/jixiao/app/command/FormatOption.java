package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json}, and printing a result in the chosen one. Annotated for the commands that
 * read annotations; {@link #mixin()} for those built by code.
 */
public final class FormatOption {

    private static final String NAME = "--format";
    private static final String DEFAULT = "text";
    private static final String LABEL = "text|json";
    private static final String DESCRIPTION = "Output: text (default) or json.";

    @Option(names = NAME, defaultValue = DEFAULT, paramLabel = LABEL, description = DESCRIPTION)
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

    /** The same option built by code, filling the same field: for the commands that start without reading annotations. */
    CommandSpec mixin() {
        Binding<OutputFormat> field = new Binding<>(() -> format, value -> format = value);
        return CommandSpec.wrapWithoutInspection(this).addOption(OptionSpec.builder(NAME).defaultValue(DEFAULT)
                .paramLabel(LABEL).type(OutputFormat.class).description(DESCRIPTION).getter(field).setter(field).build());
    }
}
