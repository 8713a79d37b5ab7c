package jixiao.app.command;

import java.time.Month;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.domain.language.Bilingual;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.StageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao stage start STAGE PROJECT}: the next stage of a year, from the one before. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start the next stage of a project-year from the one before: an adjustment of the declaration, the"
                + " monitoring return for January to --month, or the self-evaluation. The targets and budgets in force are"
                + " copied; the stages before become read-only.",
        footerHeading = "%nExamples:%n", footer = {"  jixiao stage start monitoring 8 --month 7",
            "  jixiao stage start self-evaluation 8", "  jixiao stage start adjustment --year 2025 --unit 某单位 --name 某项目"})
public final class StageStartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Parameters(index = "0", paramLabel = "STAGE", converter = StageConverter.class, descriptionKey = "stage.start.stage",
            description = "adjustment, monitoring or self-evaluation.")
    private StageKind stage;

    @Mixin
    private ProjectSelector selector;

    @Option(names = "--month", paramLabel = "M", descriptionKey = "stage.start.month",
            description = "For monitoring: the return covers January to this month (1–12; usually 7, filed in August).")
    private Integer month;

    @Override
    public Integer call() {
        Projects projects = database.open().projects();
        StoredProject stored = selector.find(projects);
        StoredProject started;
        if (stage == StageKind.MONITORING) {
            started = projects.startMonitoring(stored.id(), stored.revision(), month());
        } else if (month != null) {
            throw new UserError(ExitCode.USAGE, new Bilingual("--month 只用于运行监控", "--month is for monitoring only"));
        } else {
            started = projects.start(stored.id(), stored.revision(), stage);
        }
        StageSaid.started(spec.commandLine().getOut(), languageOption.language(), started, stage);
        return ExitCode.OK;
    }

    private Month month() {
        if (month == null) {
            throw new UserError(ExitCode.USAGE, new Bilingual("运行监控须用 --month 指明监控月份（1 到 12，通常为 7：1–7月）",
                    "a monitoring return needs its month: --month M (1 to 12, usually 7 for January to July)"));
        }
        if (month < 1 || month > 12) {
            throw new UserError(ExitCode.USAGE, new Bilingual("监控月份应为 1 到 12，而不是 " + month,
                    "the month must be 1 to 12, not " + month));
        }
        return Month.of(month);
    }
}
