package jixiao.app.command;

import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.register.Change;
import jixiao.domain.register.MissingProjectException;
import jixiao.storage.sqlite.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao history PROJECT}: the audit trail, field by field. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show a project's audit history: who changed which field when, with old and new values.",
        footerHeading = "%nExample:%n", footer = "  jixiao history 3")
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ProjectSelector selector;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Database opened = database.open();
        // A deleted project has a history but no row: an id is looked up in the history directly.
        long id = selector.id().orElseGet(() -> selector.find(opened.projects()).id());
        List<Change> changes = opened.auditLog().history(id);
        if (changes.isEmpty()) {
            throw new MissingProjectException("#" + id);
        }
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(languageOption.language()).history(changes),
                () -> new TextOutput(languageOption.language()).history(changes));
        return ExitCode.OK;
    }
}
