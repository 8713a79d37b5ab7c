package jixiao.app.command;

import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.StageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao stage lock STAGE PROJECT}: a reopened stage read-only again. */
@Command(name = "lock", mixinStandardHelpOptions = true,
        description = "Make a reopened stage read-only again, once its correction is made.",
        footerHeading = "%nExample:%n", footer = "  jixiao stage lock declaration 8")
public final class StageLockCommand implements Callable<Integer> {

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

    @Override
    public Integer call() {
        Projects projects = database.open().projects();
        StoredProject stored = selector.find(projects);
        StoredProject locked = projects.lock(stored.id(), stored.revision(), stage);
        StageSaid.locked(spec.commandLine().getOut(), languageOption.language(), locked, stage);
        return ExitCode.OK;
    }
}
