package jixiao.app.command;

import jixiao.domain.language.Language;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code zh} or {@code en}; picocli reports anything else as a usage error. */
final class LanguageConverter implements ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return Language.parse(value);
    }
}
