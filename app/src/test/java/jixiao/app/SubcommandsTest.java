package jixiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SubcommandsTest {

    private static Set<String> registeredFor(String... args) {
        CommandLine root = new CommandLine(new JixiaoCommand().spec());
        Subcommands.register(root, args);
        return root.getSubcommands().keySet();
    }

    @Test
    void aCommandLineThatNamesASubcommandRegistersOnlyThatOne() {
        assertEquals(Set.of("score"), registeredFor("score", "--target", "≥1", "--weight", "1"));
        assertEquals(Set.of("list"), registeredFor("--lang", "en", "list", "--format", "json"));
        assertEquals(Set.of("list"), registeredFor("--lang=en", "list"));
        assertEquals(Set.of("rules"), registeredFor("rules", "show", "national-2020"));
    }

    @Test
    void optionsAloneRegisterTheTextUiThatJixiaoAloneOpens() {
        assertEquals(Set.of("tui"), registeredFor());
        assertEquals(Set.of("tui"), registeredFor("--lang", "en"));
        assertEquals(Set.of("tui"), registeredFor("--version"));
    }

    @ParameterizedTest(name = "{0} registers every subcommand")
    @ValueSource(strings = {"--help", "-h", "help", "completion", "scroe", "--bogus", "-hV", "--", "@args.txt"})
    void helpCompletionAndAnythingUnclearRegisterEverySubcommand(String first) {
        assertEquals(Set.copyOf(Subcommands.NAMES), registeredFor(first, "score"));
    }

    @Test
    void eachSubcommandIsRegisteredUnderTheNameItsModelGives() {
        CommandLine root = new CommandLine(new JixiaoCommand().spec());
        Subcommands.register(root, new String[] {"--help"});
        assertEquals(Subcommands.NAMES, List.copyOf(root.getSubcommands().keySet()), "help lists them in this order");
        root.getSubcommands().forEach((name, command) -> assertEquals(name, command.getCommandSpec().name()));
    }

    @Test
    void helpListsEverySubcommandInBothLanguages() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"--help", "--lang", "en"})) {
            Run help = Run.of(args);
            assertEquals(0, help.status(), help.err());
            for (String name : Subcommands.NAMES) {
                assertTrue(help.out().contains("\n  " + name + " "), name + " missing from\n" + help.out());
            }
        }
        assertTrue(Run.of("--help").out().contains("按规则集为一个指标评分"), "Chinese descriptions");
        assertTrue(Run.of("--help", "--lang", "en").out().contains("Score one indicator"), "English descriptions");
    }

    @Test
    void anUnknownSubcommandStillGetsPicocliSuggestion() {
        Run typo = Run.of("scroe");
        assertEquals(ExitCode.USAGE, typo.status());
        assertTrue(typo.err().contains("'scroe'") && typo.err().contains("jixiao score？"), typo.err());
    }

    static List<String> runnable() {
        return Subcommands.NAMES.stream().filter(name -> !name.equals("help")).toList();
    }

    @ParameterizedTest(name = "jixiao {0} runs when named")
    @MethodSource("runnable")
    void eachSubcommandRunsWhenNamed(String name) {
        Run help = Run.of(name, "--help");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("用法: jixiao " + name), help.out());
    }

    @Test
    void helpNamesASubcommandsUsage() {
        Run help = Run.of("help", "score", "--lang", "en");
        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("Usage: jixiao score"), help.out());
    }
}
