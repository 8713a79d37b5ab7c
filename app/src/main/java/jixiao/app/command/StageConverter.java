package jixiao.app.command;

import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.StageKind;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a stage as the command line names it: {@code declaration}, {@code adjustment},
 * {@code monitoring}, {@code self-evaluation}.
 */
final class StageConverter implements ITypeConverter<StageKind> {

    @Override
    public StageKind convert(String value) {
        return StageKind.ofKey(value).orElseThrow(() -> new ValueRefused(new Bilingual(
                "“" + value + "”不是阶段：应为 declaration（申报）、adjustment（调整）、monitoring（运行监控）或 self-evaluation（自评）",
                "'" + value + "' is no stage: declaration, adjustment, monitoring or self-evaluation")));
    }
}
