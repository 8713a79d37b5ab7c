import java.math.BigDecimal;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** Floor 2b: the same command through picocli's programmatic API: no annotations read, no proxies. */
public final class PicocliProgrammatic {
    public static void main(String[] args) {
        CommandSpec spec = CommandSpec.create().name("hello");
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).build());
        spec.addOption(OptionSpec.builder("--target").type(String.class).build());
        spec.addOption(OptionSpec.builder("--actual").type(String.class).build());
        spec.addOption(OptionSpec.builder("--weight").type(BigDecimal.class).build());
        spec.addOption(OptionSpec.builder("--format").type(String.class).build());
        ParseResult result = new CommandLine(spec).parseArgs(args);
        System.out.println(result.matchedOptionValue("--target", "") + " " + result.matchedOptionValue("--actual", "")
                + " " + result.matchedOptionValue("--weight", BigDecimal.ZERO) + " " + result.matchedOptionValue("--format", ""));
    }
}
