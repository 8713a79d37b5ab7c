package jixiao.app.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h/--help} and {@code -V/--version} for the commands whose model is built by code: what
 * {@code mixinStandardHelpOptions = true} gives an annotated command. picocli's own
 * {@code mixinStandardHelpOptions(true)} reads them from annotations, which is the cost those commands
 * avoid (docs/benchmarks.md); the names, labels, keys and texts are picocli's.
 */
public final class StandardHelpOptions {

    /** The mixin's name in the model, which picocli looks for to tell whether a command has these options. */
    private static final String NAME = "mixinStandardHelpOptions";

    private StandardHelpOptions() {
    }

    /** Adds the two options to {@code command}, last, as picocli does. */
    public static CommandSpec addTo(CommandSpec command) {
        return command.addMixin(NAME, CommandSpec.create()
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                        .paramLabel("<helpRequested>").descriptionKey(NAME + ".help")
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                        .paramLabel("<versionRequested>").descriptionKey(NAME + ".version")
                        .description("Print version information and exit.").build()));
    }
}
