package jixiao.app.command;

import picocli.CommandLine.Command;

/** {@code jixiao stage}: the stages of a stored project-year, for admins who script them. */
@Command(name = "stage", mixinStandardHelpOptions = true,
        description = "The stages of a stored project-year: start the next one from the one before (the targets and budgets"
                + " in force are copied; nothing is retyped), reopen a stage a later one made read-only (with why, for the"
                + " history), or make it read-only again. `jixiao show PROJECT` shows a year's stages.",
        subcommands = {StageStartCommand.class, StageReopenCommand.class, StageLockCommand.class})
public final class StageCommand {
}
