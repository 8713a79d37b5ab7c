package jixiao.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetsTest {

    @Test
    void national2020HasTheParametersOfScoringMd() {
        RuleSet rules = RuleSets.national2020();
        assertEquals("national-2020", rules.name());
        assertEquals(0, new BigDecimal("10").compareTo(rules.executionWeight()));
        assertEquals(0, new BigDecimal("100").compareTo(rules.totalPoints()));
        assertEquals(RoundingMode.HALF_UP, rules.executionRateRounding());
        assertEquals(ReverseScoring.RATIO, rules.reverseScoring());
        assertEquals(0, new BigDecimal("2").compareTo(rules.overTargetFactor()));
        assertEquals(false, rules.overTargetNeedsNote());
        assertEquals(0, new BigDecimal("0.60").compareTo(rules.partlyAchievedShare()));
        assertEquals(0, new BigDecimal("0.80").compareTo(rules.achievedBandFloor()));
        assertEquals(0, new BigDecimal("90").compareTo(rules.excellentFrom()));
        assertEquals(2021, rules.costIndicatorsFrom());
    }

    @Test
    void aFileOverridesOnlyWhatItNames() throws Exception {
        RuleSet training = RuleSets.read(new StringReader("base = national-2020\nname = training\nexecutionWeight = 20\n"));
        assertEquals("training", training.name());
        assertEquals(new BigDecimal("20"), training.executionWeight());
        assertEquals(RuleSets.national2020().reverseScoring(), training.reverseScoring());
        assertEquals(RuleSets.national2020().partlyAchievedShare(), training.partlyAchievedShare());
    }

    @Test
    void anUnknownKeyIsRejectedByName() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSets.read(new StringReader("executionWieght = 20\n")));
        assertTrue(e.problems().get(0).en().contains("unknown parameter: executionWieght"), e.problems().toString());
    }

    @Test
    void everyBadValueIsReported() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSets.read(new StringReader("executionWeight = ten\nreverseScoring = sometimes\n")));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }

    @Test
    void impossibleValuesAreRejected() {
        assertThrows(InvalidRuleSetException.class, () -> RuleSets.read(new StringReader("partlyAchievedShare = 1.5")));
        assertThrows(InvalidRuleSetException.class, () -> RuleSets.read(new StringReader("goodFrom = 95")));
        assertThrows(InvalidRuleSetException.class, () -> RuleSets.read(new StringReader("base = provincial-1999")));
    }

    @Test
    void aWrittenRuleSetReadsBackUnchanged() throws Exception {
        RuleSet changed = RuleSets.read(new StringReader("name = 培训用\nreverseScoring = deviation\nexecutionWeight = 15"));
        assertEquals(changed, RuleSets.read(new StringReader(RuleSets.write(changed))));
    }

    @Test
    void resolveFindsBuiltInNamesAndFiles(@TempDir Path dir) throws Exception {
        assertEquals(RuleSets.national2020(), RuleSets.resolve("national-2020"));
        Path file = dir.resolve("规则 2.properties");
        Files.writeString(file, "name = mine\nexecutionWeight = 5\n", StandardCharsets.UTF_8);
        assertEquals("mine", RuleSets.resolve(file.toString()).name());
    }

    @Test
    void resolveSaysWhatExistsWhenNothingMatches() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> RuleSets.resolve("nationl-2020"));
        assertTrue(e.problems().get(0).en().contains("built-in rule sets: [national-2020]"), e.problems().toString());
    }

    @Test
    void withChangesOneParameterAndKeepsTheRest() throws Exception {
        RuleSet twenty = RuleSets.national2020().with(Parameter.EXECUTION_WEIGHT, "20");

        assertEquals(new BigDecimal("20"), twenty.executionWeight());
        assertEquals(RuleSets.national2020().reverseScoring(), twenty.reverseScoring());
        assertEquals(ReverseScoring.DEVIATION,
                twenty.with(Parameter.REVERSE_SCORING, "deviation").reverseScoring());
    }

    @Test
    void withRefusesAValueARuleSetFileCouldNotHold() {
        InvalidRuleSetException bad = assertThrows(InvalidRuleSetException.class,
                () -> RuleSets.national2020().with(Parameter.REVERSE_SCORING, "sideways"));
        assertTrue(bad.problems().get(0).en().contains("reverseScoring"), bad.problems().toString());
        assertThrows(InvalidRuleSetException.class,
                () -> RuleSets.national2020().with(Parameter.GOOD_FROM, "95"));
    }
}
