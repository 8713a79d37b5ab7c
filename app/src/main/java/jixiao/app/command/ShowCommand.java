package jixiao.app.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.app.output.ReviewedProject;
import jixiao.domain.language.Language;
import jixiao.domain.register.StoredProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao show PROJECT}: one project-year, its stages, and a stage's form with every score or light explained. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one project-year: its stages (which are read-only, which reopened and why), and its latest stage"
                + " (or --stage): figures, findings, and every indicator's score explained — on a monitoring return, every"
                + " light — under the rule set stored with it (--rules: what if it were scored under another).",
        footerHeading = "%nExamples:%n", footer = {"  jixiao show 3", "  jixiao show 3 --stage declaration",
            "  jixiao show --year 2024 --unit 某单位 --name 某项目 --format json",
            "  jixiao show 3 --rules training.properties   # what if it were scored so"})
public final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ProjectSelector selector;

    @Mixin
    private RulesOption rulesOption;

    @Mixin
    private StageOption stage;

    @Mixin
    private FormatOption format;

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
