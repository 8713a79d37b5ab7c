package jixiao.app.command;

import jixiao.domain.language.Language;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}, shared by every command. Main reads it before parsing, for error messages too. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "zh|en", converter = LanguageConverter.class,
            description = "Language of the output: zh (default, or JIXIAO_LANG) or en.")
    private Language language;

    public Language language() {
        return language != null ? language : Languages.fromEnvironment();
    }
}
