package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.app.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void explainsTheArithmeticInChineseByDefault() {
        Run run = Run.of("score", "--target", "≥360(个)", "--actual", "144(个)", "--weight", "5");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("得分 2.00 / 5.00（不低于目标 ≥，未完成）"), run.out());
        assertTrue(run.out().contains("未完成: 144 / 360 × 5.00 = 2.00"), run.out());
    }

    @Test
    void explainsTheArithmeticInEnglishOnRequest() {
        Run run = Run.of("score", "--target", "≥360(个)", "--actual", "144(个)", "--weight", "5", "--lang", "en");
        assertTrue(run.out().startsWith("score 2.00 / 5.00 (at least ≥, not met)"), run.out());
        assertTrue(run.out().contains("not met: 144 / 360 × 5.00 = 2.00"), run.out());
    }

    @ParameterizedTest(name = "{0} with actual {1} of {2} scores {3} by {4}")
    @CsvSource(delimiter = '|', value = {
        "≥20.00(个)|85.00(个)|6|6.00|at-least|met",
        ">10659.00(条)|10659(条)|5|5.00|more-than|not-met",
        "≤5(%)|6(%)|10|8.33|at-most|not-met",
        "<5件|4件|3|3.00|less-than|met",
        "=4.00(次)|10.00(次)|2|2.00|equal|met",
        "及时|部分达成指标并具有一定效果|5|3.00|achievement|partly-achieved",
        "及时|大部分能在预定时间内响应|5||judgement|needs-judgement"})
    void scoresEveryComparatorAsJson(String target, String actual, String weight, String score, String rule,
            String status) throws Exception {
        Run run = Run.of("score", "--target", target, "--actual", actual, "--weight", weight, "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode result = json.readTree(run.out());
        assertEquals(score == null ? null : score, result.get("score").isNull() ? null : result.get("score").asText());
        assertEquals(rule, result.get("rule").asText());
        assertEquals(status, result.get("status").asText());
        assertFalse(result.get("explanation").isEmpty());
    }

    @Test
    void jsonCarriesFlagsAndTheManualScoreBesideTheSuggestion() throws Exception {
        Run run = Run.of("score", "--target", "=4.00(次)", "--actual", "10.00(次)", "--weight", "2", "--manual", "1",
                "--format", "json");
        JsonNode result = json.readTree(run.out());
        assertEquals("1.00", result.get("score").asText());
        assertEquals("2.00", result.get("suggested").asText());
        assertEquals("1.00", result.get("manual").asText());
        assertEquals("over-target", result.get("flags").get(0).asText());
    }

    @Test
    void aTrainersRuleSetFileChangesTheScore(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("省级 规则.properties");
        Files.writeString(rules, "base = national-2020\nname = provincial-deviation\nreverseScoring = deviation\n",
                StandardCharsets.UTF_8);
        Run national = Run.of("score", "--target", "≤5(%)", "--actual", "6(%)", "--weight", "10", "--format", "json");
        Run provincial = Run.of("score", "--target", "≤5(%)", "--actual", "6(%)", "--weight", "10", "--format", "json",
                "--rules", rules.toString());
        assertEquals("8.33", json.readTree(national.out()).get("score").asText());
        assertEquals("8.00", json.readTree(provincial.out()).get("score").asText());
    }

    @Test
    void aWeightThatIsNotANumberIsAUsageErrorWithoutAStackTrace() {
        Run run = Run.of("score", "--target", "≥1", "--weight", "abc");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("“abc”不是数字"), run.err());
        assertFalse(run.err().contains("at jixiao"), run.err());
    }

    @Test
    void anUnknownRuleSetIsAUsageErrorNamingIt() {
        Run run = Run.of("score", "--target", "≥1", "--weight", "1", "--rules", "no-such-rules", "--lang", "en");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no rule set named 'no-such-rules'"), run.err());
    }

    @Test
    void aMissingTargetIsAUsageError() {
        Run run = Run.of("score", "--weight", "1");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--target"), run.err());
    }
}
