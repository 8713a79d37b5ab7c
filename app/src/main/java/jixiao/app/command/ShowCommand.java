package jixiao.app.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.ReviewedProject;
import jixiao.app.output.TextOutput;
import jixiao.domain.language.Language;
import jixiao.domain.register.StoredProject;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jixiao show PROJECT}: one project-year, its stages, and a stage's form with every score or
 * light explained. Its picocli model is built by code, not read from annotations, for a fast start
 * (docs/benchmarks.md); the options come in the order completion lists them.
 */
public final class ShowCommand implements Callable<Integer> {

    private final LanguageOption languageOption = new LanguageOption();
    private final DatabaseOption database = new DatabaseOption();
    private final ProjectSelector selector = new ProjectSelector();
    private final RulesOption rulesOption = new RulesOption();
    private final StageOption stage = new StageOption();
    private final FormatOption format = new FormatOption();

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("show")
            .addMixin("languageOption", languageOption.mixin())
            .addMixin("selector", selector.mixin())
            .addMixin("rulesOption", rulesOption.mixin())
            .addMixin("stage", stage.mixin())
            .addMixin("format", format.mixin());

    public ShowCommand() {
        spec.addMixin("database", database.mixin(spec));
        spec.usageMessage().description("Show one project-year: its stages (which are read-only, which reopened and why),"
                        + " and its latest stage (or --stage): figures, findings, and every indicator's score explained — on a"
                        + " monitoring return, every light — under the rule set stored with it (--rules: what if it were scored"
                        + " under another).")
                .footerHeading("%nExamples:%n")
                .footer("  jixiao show 3", "  jixiao show 3 --stage declaration",
                        "  jixiao show --year 2024 --unit 某单位 --name 某项目 --format json",
                        "  jixiao show 3 --rules training.properties   # what if it were scored so");
        StandardHelpOptions.addTo(spec);
    }

    /** picocli's model of this command, bound to this instance. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        StoredProject stored = selector.find(database.open().projects());
        ProjectArguments.Given given = new ProjectArguments.Given("#" + stored.id(), stored.year(),
                Optional.of(stored.ruleSet()));
        ReviewedProject reviewed = new RuleChoice(rulesOption).review(given, stage.of(stored.year(), given.source()));
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).form(stored, reviewed),
                () -> new TextOutput(language).form(stored, reviewed));
        return ExitCode.OK;
    }
}
