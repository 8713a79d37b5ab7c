package jixiao.app.command;

import picocli.CommandLine.Command;

/** {@code jixiao db}: the database file itself. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "The database file: information and backups.",
        subcommands = {DbInfoCommand.class, DbBackupCommand.class})
public final class DbCommand {
}
