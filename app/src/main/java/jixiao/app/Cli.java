package jixiao.app;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import jixiao.app.command.Languages;
import jixiao.app.command.NumberConverter;
import jixiao.domain.language.Language;
import picocli.CommandLine;

/** Builds the command line exactly as users get it: used by {@link Main} and by the tests. */
public final class Cli {

    private Cli() {
    }

    /** Runs a command line and returns its exit status; output goes to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Language language = Languages.fromArguments(Arrays.asList(args));
        CommandLine commandLine = new CommandLine(new JixiaoCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(BigDecimal.class, new NumberConverter())
                .setExecutionExceptionHandler(new Failures(language))
                .setParameterExceptionHandler(new Failures(language));
        if (language == Language.ZH) {
            commandLine.setResourceBundle(ResourceBundle.getBundle("jixiao.app.help", Locale.ROOT,
                    Cli.class.getModule()));
        }
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
