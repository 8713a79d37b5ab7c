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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao score}: one indicator, scored and explained step by step. No database involved. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score one indicator under a rule set and explain each step.",
        footerHeading = "%nExample:%n",
        footer = "  jixiao score --target '≥360(个)' --actual '144(个)' --weight 5%n")
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private RulesOption rulesOption;

    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "Target value as on the form: ≥20.00(个), ≤5(%%), =100%%, 及时.")
    private String target;

    @Option(names = "--actual", defaultValue = "", paramLabel = "ACTUAL",
            description = "Actual value: a number with its unit, 达成指标, 部分达成指标并具有一定效果, 未达成指标且效果较差, or text.")
    private String actual;

    @Option(names = "--weight", required = true, paramLabel = "W", description = "Points the indicator is worth (分值).")
    private BigDecimal weight;

    @Option(names = "--manual", paramLabel = "SCORE", description = "A score set by hand; kept beside the rules' suggestion.")
    private BigDecimal manual;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        IndicatorScore score = new Scorer(rulesOption.resolve())
                .score(Indicator.of("", "", "", target, actual, weight, manual, ""));
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).score(score),
                () -> new TextOutput(language).score(score));
        return ExitCode.OK;
    }
}
