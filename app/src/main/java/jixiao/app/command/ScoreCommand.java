package jixiao.app.command;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code jixiao score}: one indicator, scored and explained step by step. No database involved.
 * Its picocli model is built by code, not read from annotations: this is the command that must start
 * fastest (docs/benchmarks.md). picocli keeps the option values; the options come in the order
 * completion lists them.
 */
public final class ScoreCommand implements Callable<Integer> {

    private final LanguageOption languageOption = new LanguageOption();
    private final RulesOption rulesOption = new RulesOption();
    private final FormatOption format = new FormatOption();

    private final OptionSpec target = OptionSpec.builder("--target").required(true).paramLabel("TARGET")
            .type(String.class).description("Target value as on the form: ≥20.00(个), ≤5(%%), =100%%, 及时.").build();
    private final OptionSpec actual = OptionSpec.builder("--actual").defaultValue("").paramLabel("ACTUAL")
            .type(String.class).description("Actual value: a number with its unit, 达成指标, 部分达成指标并具有一定效果, "
                    + "未达成指标且效果较差, or text.").build();
    private final OptionSpec weight = OptionSpec.builder("--weight").required(true).paramLabel("W")
            .type(BigDecimal.class).description("Points the indicator is worth (分值).").build();
    private final OptionSpec manual = OptionSpec.builder("--manual").paramLabel("SCORE")
            .type(BigDecimal.class).description("A score set by hand; kept beside the rules' suggestion.").build();

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("score")
            .addMixin("languageOption", languageOption.mixin())
            .addMixin("rulesOption", rulesOption.mixin())
            .addOption(target).addOption(actual).addOption(weight).addOption(manual)
            .addMixin("format", format.mixin());

    public ScoreCommand() {
        spec.usageMessage().description("Score one indicator under a rule set and explain each step.")
                .footerHeading("%nExample:%n")
                .footer("  jixiao score --target '≥360(个)' --actual '144(个)' --weight 5%n");
        StandardHelpOptions.addTo(spec);
    }

    /** picocli's model of this command, bound to this instance. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        IndicatorScore score = new Scorer(rulesOption.resolve()).score(Indicator.of("", "", "",
                target.getValue(), actual.getValue(), weight.getValue(), manual.getValue(), ""));
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).score(score),
                () -> new TextOutput(language).score(score));
        return ExitCode.OK;
    }
}
