package jixiao.app.command;

import jixiao.domain.stage.StageKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a stage as the command line names it: {@code declaration}, {@code adjustment},
 * {@code monitoring}, {@code self-evaluation}.
 */
final class StageConverter implements ITypeConverter<StageKind> {

    @Override
    public StageKind convert(String value) {
        return StageKind.ofKey(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is no stage: declaration, adjustment, monitoring or self-evaluation"));
    }
}
