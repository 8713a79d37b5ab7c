package jixiao.app.command;

import java.util.Optional;
import java.util.stream.Collectors;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import picocli.CommandLine.Option;

/** {@code --stage declaration|adjustment|monitoring|self-evaluation}: which stage of a year; its latest when not given. */
public final class StageOption {

    @Option(names = "--stage", paramLabel = "STAGE", converter = StageConverter.class, descriptionKey = "stage",
            description = "Which stage of the year: declaration, adjustment, monitoring or self-evaluation (default: its latest).")
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
}
