package jixiao.app;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import jixiao.app.command.Languages;
import jixiao.app.command.NumberConverter;
import jixiao.domain.language.Language;
import picocli.CommandLine;

/** Builds the command line exactly as users get it: used by {@link Main} and by the tests. */
public final class Cli {

    /**
     * picocli's built-in converters for java.sql and java.time types, which no option of ours has:
     * looking them up by reflection for every command cost a few per cent of each start.
     */
    private static final String UNUSED_CONVERTERS = "java\\.sql\\..*|java\\.time\\..*";

    private Cli() {
    }

    /** Runs a command line and returns its exit status; output goes to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Language language = Languages.fromArguments(Arrays.asList(args));
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        CommandLine commandLine = new CommandLine(new JixiaoCommand().spec());
        // Settings below reach the subcommands present when they are made: register those first.
        Subcommands.register(commandLine, args);
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(BigDecimal.class, new NumberConverter())
                .setExecutionExceptionHandler(new Failures(language))
                .setParameterExceptionHandler(new Failures(language));
        if (language == Language.ZH) {
            commandLine.setHelpFactory(new ChineseHelp());
        }
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
