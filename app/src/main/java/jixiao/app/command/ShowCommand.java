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

/** {@code jixiao show PROJECT}: one project's form with every score explained. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one project: its figures, findings, and every indicator's score explained, under the rule set "
                + "stored with it (--rules: what if it were scored under another).",
        footerHeading = "%nExamples:%n", footer = {"  jixiao show 3", "  jixiao show --year 2024 --unit 某单位 --name 某项目 --format json",
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
    private FormatOption format;

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        StoredProject stored = selector.find(database.open().projects());
        ReviewedProject reviewed = new RuleChoice(rulesOption).review(new ProjectArguments.Given("#" + stored.id(),
                stored.project(), Optional.of(stored.ruleSet())));
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).form(stored, reviewed),
                () -> new TextOutput(language).form(stored, reviewed));
        return ExitCode.OK;
    }
}
