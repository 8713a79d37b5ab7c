package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import jixiao.app.Run;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

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
}
