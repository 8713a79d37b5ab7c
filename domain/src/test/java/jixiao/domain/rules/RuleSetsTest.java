package jixiao.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetsTest {

    @TempDir
    Path folder;

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
    void everyBadValueIsReportedAtOnceEachAtItsLine() {
        List<String> problems = problems("name = t\nexecutionWeight = ten\nreverseScoring = sometimes\n");
        assertEquals(List.of(file() + ":2: executionWeight: cannot read 'ten'; allowed: a decimal number such as 10 or 0.60",
                file() + ":3: reverseScoring: cannot read 'sometimes'; allowed: ratio, deviation"), problems);
    }

    /** Every value a rule-set file may not have: the line it is reported at, and what the message says. */
    @ParameterizedTest(name = "{0} is rejected at line {1}")
    @CsvSource(delimiter = '|', textBlock = """
            executionRateRounding = UNNECESSARY | 3 | executionRateRounding: UNNECESSARY cannot be used (it fails whenever a rate needs rounding); allowed: UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN
            executionRateRounding = half_up     | 3 | executionRateRounding: cannot read 'half_up'; allowed: UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN
            executionWeight = ten               | 3 | executionWeight: cannot read 'ten'; allowed: a decimal number such as 10 or 0.60
            executionWeight = 1E1               | 3 | executionWeight: cannot read '1E1'
            executionWeight = -5                | 3 | executionWeight (-5) must lie between 0 and totalPoints (100)
            executionWeight = 120               | 3 | executionWeight (120) must lie between 0 and totalPoints (100)
            totalPoints = 0                     | 3 | totalPoints (0) must be above 0
            reverseScoring = sometimes          | 3 | reverseScoring: cannot read 'sometimes'; allowed: ratio, deviation
            overTargetFactor = 0.5              | 3 | overTargetFactor (0.5) must not be below 1: over-target is a multiple of the target
            overTargetNeedsNote = yes           | 3 | overTargetNeedsNote: cannot read 'yes'; allowed: true, false
            overTargetNoteShare = 0.9           | 3 | overTargetNoteShare (0.9) must not be below 1
            achievedShare = 1.5                 | 3 | achievedShare (1.5) must lie between achievedBandFloor (0.80) and 1
            achievedShare = 0.7                 | 3 | achievedShare (0.7) must lie between achievedBandFloor (0.80) and 1
            partlyAchievedShare = 0.85          | 3 | partlyAchievedShare (0.85) must be below achievedBandFloor (0.80): a phrase's suggested score must lie in its own band
            partlyAchievedShare = 0.5           | 3 | partlyAchievedBandFloor (0.60) must not be above partlyAchievedShare (0.5)
            notAchievedShare = 0.7              | 3 | notAchievedShare (0.7) must be below partlyAchievedBandFloor (0.60)
            notAchievedShare = -0.1             | 3 | 0 must not be above notAchievedShare (-0.1)
            achievedBandFloor = 0.5             | 3 | partlyAchievedBandFloor (0.60) must be below achievedBandFloor (0.5): the bands of 未达成, 部分达成 and 达成 follow each other and must neither overlap nor be empty
            achievedBandFloor = 1.2             | 3 | achievedBandFloor (1.2) must not be above 1
            partlyAchievedBandFloor = 0         | 3 | 0 must be below partlyAchievedBandFloor (0)
            excellentFrom = 70                  | 3 | goodFrom (80) must be below excellentFrom (70): grade thresholds must rise: 中 < 良 < 优 ≤ full marks
            excellentFrom = 120                 | 3 | excellentFrom (120) must not be above totalPoints (100)
            goodFrom = 95                       | 3 | goodFrom (95) must be below excellentFrom (90)
            goodFrom = 90                       | 3 | goodFrom (90) must be below excellentFrom (90)
            fairFrom = 80                       | 3 | fairFrom (80) must be below goodFrom (80)
            fairFrom = -1                       | 3 | 0 must not be above fairFrom (-1)
            costIndicatorsFrom = 21             | 3 | costIndicatorsFrom: cannot read '21'; allowed: a four-digit year such as 2021
            costIndicatorsFrom = 1800           | 3 | costIndicatorsFrom (1800) must be a year from 1900 to 9999
            monitoring.yellowFrom = -1          | 3 | 0 must not be above monitoring.yellowFrom (-1): the monitoring thresholds must rise
            monitoring.greenFrom = 50           | 3 | monitoring.yellowFrom (60) must not be above monitoring.greenFrom (50)
            monitoring.blueFrom = 70            | 3 | monitoring.greenFrom (80) must not be above monitoring.blueFrom (70)
            monitoring.blueFrom = lots          | 3 | monitoring.blueFrom: cannot read 'lots'; allowed: a decimal number
            executionWieght = 20                | 3 | executionWieght: unknown parameter (a typo?)
            base = provincial-1999              | 3 | base: no built-in rule set 'provincial-1999'; allowed: national-2020
            name = again                        | 3 | name: given twice (already on line 2)
            description.en = \\u12             | 3 | cannot read this line: Malformed \\uxxxx encoding.
            """)
    void aRejectedValueIsReportedAtItsLineWithWhatIsAllowed(String line, int number, String message) {
        List<String> problems = problems("# a trainer's copy\nname = training\n" + line + "\n");
        String expected = file() + ":" + number + ": " + message;
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(expected)), expected + " in " + problems);
    }

    @Test
    void aBlankNameIsRejected() {
        assertEquals(List.of(file() + ":1: name: a rule set needs a name of 1 to 64 characters on one line"),
                problems("name =\n"));
    }

    @Test
    void aLimitBrokenByAValueFromTheBaseIsReportedAtTheLineThatBrokeIt() {
        // executionWeight (10, from national-2020) is fine; totalPoints on line 2 makes it too large.
        List<String> problems = problems("name = small\ntotalPoints = 5\n");
        assertTrue(problems.contains(file() + ":2: executionWeight (10) must lie between 0 and totalPoints (5)"),
                problems.toString());
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws Exception {
        Path gbk = folder.resolve("gbk.properties");
        Files.write(gbk, "name = 培训用\n".getBytes(Charset.forName("GB18030")));
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> RuleSets.readFile(gbk));
        assertEquals(gbk + ": not UTF-8 text: save the rule-set file as UTF-8", e.problems().get(0).en());
    }

    @Test
    void aFileMayNotChangeABuiltInSetUnderItsName() throws Exception {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSets.readFile(write("executionWeight = 20\n")));
        assertTrue(e.problems().get(0).en().contains("'national-2020' is a built-in rule set's name"), e.getMessage());
    }

    @Test
    void anExportedBuiltInSetReadsBackAsTheBuiltInSet() throws Exception {
        assertEquals(RuleSets.national2020(), RuleSets.readFile(write(RuleSets.write(RuleSets.national2020()))));
    }

    @Test
    void continuedLinesAndEscapesReadAsPropertiesFilesDo() throws Exception {
        RuleSet rules = RuleSets.readFile(write("name = 培训\\u7528\ndescription.en = one \\\n    line\n! a comment\n"));
        assertEquals("培训用", rules.name());
        assertEquals("one line", rules.description().en());
    }

    @Test
    void aWrittenRuleSetReadsBackUnchanged() throws Exception {
        RuleSet changed = RuleSets.read(new StringReader("name = 培训用\nreverseScoring = deviation\nexecutionWeight = 15\n"
                + "description.zh = 两行\\n说明"));
        assertEquals(changed, RuleSets.read(new StringReader(RuleSets.write(changed))));
    }

    @Test
    void resolveFindsBuiltInNamesAndFiles() throws Exception {
        assertEquals(RuleSets.national2020(), RuleSets.resolve("national-2020"));
        Path file = folder.resolve("规则 2.properties");
        Files.writeString(file, "name = mine\nexecutionWeight = 5\n", StandardCharsets.UTF_8);
        assertEquals("mine", RuleSets.resolve(file.toString()).name());
    }

    @Test
    void resolveSaysWhatExistsWhenNothingMatches() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> RuleSets.resolve("nationl-2020"));
        assertTrue(e.problems().get(0).en().contains("built-in rule sets: [national-2020]"), e.problems().toString());
    }

    @Test
    void onlyTheBuiltInSetItselfIsBuiltIn() throws Exception {
        assertTrue(RuleSets.isBuiltIn(RuleSets.national2020()));
        assertFalse(RuleSets.isBuiltIn(RuleSets.national2020().with(Parameter.EXECUTION_WEIGHT, "20")));
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

    private Path file() {
        return folder.resolve("r.properties");
    }

    private Path write(String text) throws Exception {
        return Files.writeString(file(), text, StandardCharsets.UTF_8);
    }

    private List<String> problems(String text) {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> RuleSets.readFile(write(text)));
        return e.problems().stream().map(Bilingual::en).toList();
    }
}
