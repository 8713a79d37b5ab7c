package jixiao.app.command;

import jixiao.domain.language.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}, shared by every command. Main reads it before parsing, for error messages too.
 * Annotated for the commands that read annotations; {@link #mixin()} for those built by code.
 */
public final class LanguageOption {

    private static final String NAME = "--lang";
    private static final String LABEL = "zh|en";
    private static final String DESCRIPTION = "Language of the output: zh (default, or JIXIAO_LANG) or en.";

    @Option(names = NAME, paramLabel = LABEL, converter = LanguageConverter.class, description = DESCRIPTION)
    private Language language;

    public Language language() {
        return language != null ? language : Languages.fromEnvironment();
    }

    /** The same option built by code, filling the same field: for the commands that start without reading annotations. */
    public CommandSpec mixin() {
        Binding<Language> field = new Binding<>(() -> language, value -> language = value);
        return CommandSpec.wrapWithoutInspection(this).addOption(OptionSpec.builder(NAME).paramLabel(LABEL)
                .type(Language.class).converters(new LanguageConverter()).description(DESCRIPTION)
                .getter(field).setter(field).build());
    }
}
