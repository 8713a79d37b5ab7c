package jixiao.app;

import java.util.List;
import jixiao.app.command.CheckCommand;
import jixiao.app.command.CompletionCommand;
import jixiao.app.command.DbCommand;
import jixiao.app.command.DemoCommand;
import jixiao.app.command.ExportCommand;
import jixiao.app.command.HistoryCommand;
import jixiao.app.command.ImportCommand;
import jixiao.app.command.LintCommand;
import jixiao.app.command.ListCommand;
import jixiao.app.command.RecalcCommand;
import jixiao.app.command.ReportCommand;
import jixiao.app.command.RulesCommand;
import jixiao.app.command.ScoreCommand;
import jixiao.app.command.ShowCommand;
import jixiao.app.command.StageCommand;
import jixiao.app.command.TrendCommand;
import jixiao.app.command.TuiCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands of {@code jixiao}, registered with picocli only when the command line needs them.
 * Building picocli's model of every subcommand was most of a {@code score}'s start-up
 * (docs/benchmarks.md), so a command line that names one gets that one; help, completion, an
 * unknown word or anything unclear gets them all, and picocli parses and reports as it always did.
 */
final class Subcommands {

    /** Every subcommand, in the order help lists them. */
    static final List<String> NAMES = List.of("score", "check", "rules", "import", "export", "list", "show",
            "stage", "trend", "history", "recalc", "db", "demo", "report", "lint", "tui", "completion", "help");

    /** What {@code jixiao} alone runs. */
    static final String DEFAULT = "tui";

    private Subcommands() {
    }

    /** Adds to {@code root} the subcommands that {@code args} can reach. */
    static void register(CommandLine root, String[] args) {
        String named = firstWord(root.getCommandSpec(), args);
        if (named == null) {
            root.addSubcommand(DEFAULT, create(DEFAULT));
        } else if (NAMES.contains(named) && !named.equals("help") && !named.equals("completion")) {
            root.addSubcommand(named, create(named));
        } else {
            for (String name : NAMES) {
                root.addSubcommand(name, create(name));
            }
        }
    }

    /**
     * The first argument that is neither one of the top command's own options nor such an option's
     * value: the subcommand picocli will look for. {@code null} when there are only options, all of
     * them known and none asking for help; {@code ""} when an option is unknown or asks for help,
     * which needs every subcommand.
     */
    private static String firstWord(CommandSpec top, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("--")) {
                return arg;
            }
            int equals = arg.indexOf('=');
            OptionSpec option = top.findOption(equals < 0 ? arg : arg.substring(0, equals));
            if (option == null || option.usageHelp()) {
                return "";
            }
            if (equals < 0 && option.arity().max() > 0) {
                i++;
            }
        }
        return null;
    }

    /**
     * A new instance of the named subcommand, or the model of one whose model is built by code rather
     * than read from annotations; only its class is loaded.
     */
    private static Object create(String name) {
        return switch (name) {
            case "score" -> new ScoreCommand().spec();
            case "check" -> new CheckCommand().spec();
            case "rules" -> new RulesCommand();
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "list" -> new ListCommand().spec();
            case "show" -> new ShowCommand().spec();
            case "stage" -> new StageCommand();
            case "trend" -> new TrendCommand();
            case "history" -> new HistoryCommand();
            case "recalc" -> new RecalcCommand();
            case "db" -> new DbCommand();
            case "demo" -> new DemoCommand();
            case "report" -> new ReportCommand();
            case "lint" -> new LintCommand();
            case "tui" -> new TuiCommand();
            case "completion" -> new CompletionCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }
}
