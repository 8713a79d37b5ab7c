package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import jixiao.domain.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shared options built by code (for the commands that start without reading annotations) are the
 * options their annotations declare, attribute by attribute, and fill the same fields: a change to one
 * form that the other lacks fails here.
 */
class OptionsByCodeTest {

    static Stream<Arguments> sharedOptions() {
        return Stream.of(
                Arguments.of("--lang", new LanguageOption(), (Function<LanguageOption, CommandSpec>) LanguageOption::mixin),
                Arguments.of("--rules", new RulesOption(), (Function<RulesOption, CommandSpec>) RulesOption::mixin),
                Arguments.of("--format", new FormatOption(), (Function<FormatOption, CommandSpec>) FormatOption::mixin),
                Arguments.of("--db", new DatabaseOption(),
                        (Function<DatabaseOption, CommandSpec>) option -> option.mixin(CommandSpec.create())),
                Arguments.of("--stage", new StageOption(), (Function<StageOption, CommandSpec>) StageOption::mixin),
                Arguments.of("--year --unit", new ProjectFilterOption(),
                        (Function<ProjectFilterOption, CommandSpec>) ProjectFilterOption::mixin),
                Arguments.of("PROJECT --year --unit --name", new ProjectSelector(),
                        (Function<ProjectSelector, CommandSpec>) ProjectSelector::mixin));
    }

    @ParameterizedTest(name = "{0} built by code is the option its annotation declares")
    @MethodSource("sharedOptions")
    <T> void eachSharedOptionBuiltByCodeIsTheOptionItsAnnotationDeclares(String name, T option,
            Function<T, CommandSpec> byCode) {
        assertEquals(describe(CommandSpec.forAnnotatedObject(option)), describe(byCode.apply(option)));
    }

    @Test
    void theStandardHelpOptionsArePicocliOwn() {
        CommandSpec picocli = CommandSpec.create().mixinStandardHelpOptions(true);
        CommandSpec byCode = StandardHelpOptions.addTo(CommandSpec.create());
        assertEquals(describe(picocli), describe(byCode));
        assertEquals(picocli.mixins().keySet(), byCode.mixins().keySet());
    }

    @Test
    void anOptionBuiltByCodeFillsTheFieldItsAnnotationWould() throws Exception {
        LanguageOption language = new LanguageOption();
        RulesOption rules = new RulesOption();
        FormatOption format = new FormatOption();
        CommandSpec command = CommandSpec.create().addMixin("language", language.mixin())
                .addMixin("rules", rules.mixin()).addMixin("format", format.mixin());
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs("--lang", "en", "--rules", "national-2020", "--format", "JSON");
        assertEquals(Language.EN, language.language());
        assertEquals("national-2020", rules.resolve().name());
        StringWriter out = new StringWriter();
        format.print(new PrintWriter(out), () -> "{}", () -> List.of("text"));
        assertEquals("{}" + System.lineSeparator(), out.toString(), "the JSON asked for");
    }

    /**
     * Everything picocli knows of a command's options and positional parameters, in order. No description
     * key: "" read from an annotation, null built by code.
     */
    static List<String> describe(CommandSpec command) {
        List<String> described = new ArrayList<>();
        command.options().forEach(option -> described.add(describe(option)));
        command.positionalParameters().forEach(parameter -> described.add("index " + parameter.index() + " | "
                + describe(parameter)));
        return described;
    }

    private static String describe(OptionSpec option) {
        return String.join(" | ", Arrays.toString(option.names()), "order " + option.order(), "usage help "
                + option.usageHelp(), "version help " + option.versionHelp(), "help " + option.help(),
                "negatable " + option.negatable(), "fallback " + option.fallbackValue(), describe((ArgSpec) option));
    }

    private static String describe(ArgSpec option) {
        return String.join(" | ", option.paramLabel(), option.arity().toString(),
                option.type().getName(), Arrays.toString(option.auxiliaryTypes()), "required " + option.required(),
                "default " + option.defaultValue(), "initial " + option.initialValue(),
                Arrays.toString(option.description()), "key " + Objects.toString(option.descriptionKey(), ""),
                "hidden " + option.hidden(), "split " + option.splitRegex(), "interactive " + option.interactive(),
                "show default " + option.showDefaultValue(), "scope " + option.scopeType(),
                "converters " + Arrays.stream(option.converters()).map(converter -> converter.getClass().getName()).toList(),
                "candidates " + candidates(option));
    }

    private static List<String> candidates(ArgSpec option) {
        List<String> candidates = new ArrayList<>();
        if (option.completionCandidates() != null) {
            option.completionCandidates().forEach(candidates::add);
        }
        return candidates;
    }
}
