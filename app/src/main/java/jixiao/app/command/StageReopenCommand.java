package jixiao.app.command;

import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.StageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao stage reopen STAGE PROJECT --reason TEXT}: a read-only stage open to change again, on purpose. */
@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = "Open a stage that a later one made read-only to change again (to correct a declared figure, say)."
                + " The reason goes into the project's history; `jixiao stage lock` makes it read-only again.",
        footerHeading = "%nExample:%n", footer = "  jixiao stage reopen declaration 8 --reason \"更正指标值笔误\"")
public final class StageReopenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Parameters(index = "0", paramLabel = "STAGE", converter = StageConverter.class, descriptionKey = "stage.stage",
            description = "declaration, adjustment, monitoring or self-evaluation.")
    private StageKind stage;

    @Mixin
    private ProjectSelector selector;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "stage.reopen.reason",
            description = "Why it is reopened (kept in the history).")
    private String reason;

    @Override
    public Integer call() {
        Projects projects = database.open().projects();
        StoredProject stored = selector.find(projects);
        StoredProject reopened = projects.reopen(stored.id(), stored.revision(), stage, reason);
        StageSaid.reopened(spec.commandLine().getOut(), languageOption.language(), reopened, stage);
        return ExitCode.OK;
    }
}
