package jixiao.app.command;

import java.util.Optional;
import java.util.stream.Collectors;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --stage declaration|adjustment|monitoring|self-evaluation}: which stage of a year; its latest
 * when not given. Annotated for the commands that read annotations; {@link #mixin()} for those built by code.
 */
public final class StageOption {

    private static final String NAME = "--stage";
    private static final String LABEL = "STAGE";
    private static final String KEY = "stage";
    private static final String DESCRIPTION =
            "Which stage of the year: declaration, adjustment, monitoring or self-evaluation (default: its latest).";

    @Option(names = NAME, paramLabel = LABEL, converter = StageConverter.class, descriptionKey = KEY, description = DESCRIPTION)
    private StageKind stage;

    /** The stage asked for of {@code year}, or its latest; a data error naming the project where it has none such. */
    StageKind of(ProjectYear year, String source) {
        if (stage == null) {
            return year.latest().kind();
        }
        if (year.stage(stage).isEmpty()) {
            String zh = year.stages().stream().map(Stage::kind).map(kind -> kind.label().zh()).collect(Collectors.joining("、"));
            String en = year.stages().stream().map(Stage::kind).map(StageKind::key).collect(Collectors.joining(", "));
            throw new UserError(ExitCode.DATA_ERRORS, new Bilingual(source + " " + year.key() + " 没有" + stage.label().zh()
                    + "（有：" + zh + "）", source + " " + year.key() + " has no " + stage.key() + " (it has: " + en + ")"));
        }
        return stage;
    }

    Optional<StageKind> given() {
        return Optional.ofNullable(stage);
    }

    /** The same option built by code, filling the same field: for the commands that start without reading annotations. */
    CommandSpec mixin() {
        Binding<StageKind> field = new Binding<>(() -> stage, value -> stage = value);
        return CommandSpec.wrapWithoutInspection(this).addOption(OptionSpec.builder(NAME).paramLabel(LABEL)
                .type(StageKind.class).converters(new StageConverter()).descriptionKey(KEY).description(DESCRIPTION)
                .getter(field).setter(field).build());
    }
}
