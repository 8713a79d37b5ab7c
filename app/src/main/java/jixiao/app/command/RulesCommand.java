package jixiao.app.command;

import picocli.CommandLine.Command;

/** {@code jixiao rules}: the rule sets and their parameters, for trainers and the curious. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Rule sets: list them, show every parameter in words, or export one as a file to edit.",
        subcommands = {RulesListCommand.class, RulesShowCommand.class, RulesExportCommand.class})
public final class RulesCommand {
}
