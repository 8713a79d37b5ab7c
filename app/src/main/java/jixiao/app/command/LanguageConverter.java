package jixiao.app.command;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code zh} or {@code en}; picocli reports anything else as a usage error. */
final class LanguageConverter implements ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        try {
            return Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ValueRefused(new Bilingual("未知的语言“" + value + "”：应为 zh 或 en",
                    "unknown language '" + value + "' (expected zh or en)"));
        }
    }
}
