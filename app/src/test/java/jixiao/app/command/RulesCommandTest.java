package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.app.Run;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulesCommandTest {

    @TempDir
    Path folder;

    @Test
    void listNamesTheBuiltInRuleSet() {
        Run run = Run.of("rules", "list");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("national-2020"), run.out());
    }

    @Test
    void showGivesEveryParameterWithItsMeaningInWords() {
        Run run = Run.of("rules", "show", "national-2020", "--lang", "en");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("executionWeight         = 10"), run.out());
        assertTrue(run.out().contains("points for budget execution"), run.out());
        assertTrue(run.out().contains("reverseScoring          = ratio"), run.out());
    }

    @Test
    void showAsJsonListsTheParameters() throws Exception {
        JsonNode rules = new ObjectMapper().readTree(Run.of("rules", "show", "--format", "json").out());
        assertEquals("national-2020", rules.get("name").asText());
        assertEquals(Parameter.values().length, rules.get("parameters").size());
    }

    @Test
    void exportWritesAFileThatReadsBackToTheSameRuleSet() throws Exception {
        Run run = Run.of("rules", "export", "national-2020");
        assertEquals(0, run.status());
        assertEquals(RuleSets.national2020(), RuleSets.read(new StringReader(run.out())));
    }

    /** A rule set that cannot score (UNNECESSARY fails on any rate that needs rounding) is a usage error everywhere. */
    @ParameterizedTest
    @ValueSource(strings = {"score", "check", "import", "recalc", "rules show", "lint", "report", "show"})
    void aBadRuleSetFileIsAUsageErrorAtItsLineInEveryCommand(String command) throws Exception {
        Path file = Files.writeString(folder.resolve("bad.properties"), "name = bad\nexecutionRateRounding = UNNECESSARY\n",
                StandardCharsets.UTF_8);
        Path forms = Files.writeString(folder.resolve("forms.json"), "[]", StandardCharsets.UTF_8);
        String db = folder.resolve("jixiao.db").toString();
        List<String> arguments = new ArrayList<>(List.of(command.split(" ")));
        switch (command) {
            case "score" -> arguments.addAll(List.of("--target", "≥1", "--actual", "1", "--weight", "5", "--rules"));
            case "rules show" -> { }
            case "recalc" -> arguments.addAll(List.of("--db", db, "--rules"));
            case "show" -> arguments.addAll(List.of("1", "--db", db, "--rules"));
            default -> arguments.addAll(List.of(forms.toString(), "--db", db, "--rules"));
        }
        if ("show".equals(command)) {
            Run.of("demo", "--db", db);
        }
        arguments.addAll(List.of(file.toString(), "--lang", "en"));
        Run run = Run.of(arguments.toArray(String[]::new));
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(file + ":2: executionRateRounding: UNNECESSARY cannot be used"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }
}
