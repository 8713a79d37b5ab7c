package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jixiao.app.Run;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check} on the real published forms reproduces the figures of examples/README.md. */
class CheckCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reproducesThePublishedFiguresOfEverySelfEvaluation() throws Exception {
        Run run = Run.of("check", example(DemoForms.SELF_EVALUATIONS).toString(), "--format", "json");
        Map<String, String> figures = new TreeMap<>();
        for (JsonNode project : json.readTree(run.out()).get("projects")) {
            figures.put(project.get("name").asText(), project.get("execution_rate").asText() + " "
                    + project.get("execution_score").asText() + " " + project.get("total").asText() + " "
                    + project.get("grade").asText());
        }
        assertEquals(new TreeMap<>(Map.of(
                "信息化运维项目", "98.94 9.89 99.89 优",
                "财务专项审计和资产评估鉴定费", "93.19 9.32 99.32 优",
                "工作服置装费", "85.82 8.58 98.58 优",
                "医疗机构及生产经营企业采购药品基础信息管理", "88.90 8.89 98.89 优",
                "医药集中招标采购工作经费", "84.99 8.50 93.50 优",
                "课题经费", "100.00 10.00 96.00 优",
                "政府聘用辅助人员经费", "99.63 9.96 99.96 优")), figures);
    }

    @Test
    void reportsTheThreeCutOffRatesAsMismatchesAndNothingElse() throws Exception {
        Run run = Run.of("check", example(DemoForms.SELF_EVALUATIONS).toString(), "--format", "json");
        assertEquals(1, run.status(), "mismatches make check exit 1");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode project : json.readTree(run.out()).get("projects")) {
            assertEquals(0, project.get("errors").size(), project.get("name") + " has no errors");
            for (JsonNode mismatch : project.get("mismatches")) {
                assertTrue(mismatch.get("message").asText().contains("截断"), mismatch.toString());
                mismatches.add(project.get("name").asText() + " " + mismatch.get("field").asText() + " "
                        + mismatch.get("printed").asText() + " → " + mismatch.get("computed").asText());
            }
        }
        assertEquals(List.of(
                "财务专项审计和资产评估鉴定费 execution_rate 93.18 → 93.19",
                "工作服置装费 execution_rate 85.81 → 85.82",
                "政府聘用辅助人员经费 execution_rate 99.62 → 99.63"), mismatches);
    }

    @Test
    void saysInEnglishThatTheRatesLookCutOff() throws Exception {
        Run run = Run.of("check", example(DemoForms.SELF_EVALUATIONS).toString(), "--format", "json", "--lang", "en");
        long cutOff = 0;
        for (JsonNode project : json.readTree(run.out()).get("projects")) {
            for (JsonNode mismatch : project.get("mismatches")) {
                cutOff += mismatch.get("message").asText().contains("looks cut off") ? 1 : 0;
            }
        }
        assertEquals(3, cutOff);
    }

    @Test
    void reportsTheTwoJudgementCallsAsTheOnlyIndicatorLevelDifferences() throws Exception {
        Run run = Run.of("check", example(DemoForms.SELF_EVALUATIONS).toString(), "--format", "json");
        List<String> differences = new ArrayList<>();
        for (JsonNode project : json.readTree(run.out()).get("projects")) {
            for (String kind : List.of("warnings", "mismatches", "errors")) {
                for (JsonNode finding : project.get(kind)) {
                    if (finding.has("printed") && finding.has("indicator")) {
                        differences.add(project.get("name").asText() + " " + finding.get("code").asText() + " "
                                + finding.get("indicator").asText() + " " + finding.get("printed").asText() + " vs "
                                + finding.get("computed").asText());
                    }
                }
            }
        }
        assertEquals(List.of(
                "医药集中招标采购工作经费 judgement 中药饮片价格信息更新 1.00 vs 2.00",
                "医药集中招标采购工作经费 judgement 服务问题错误率 0.00 vs 2.00"), differences);
    }

    @Test
    void declarationsAreNotScoredAndHaveNoErrors() throws Exception {
        Run run = Run.of("check", example(DemoForms.DECLARATIONS).toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode projects = json.readTree(run.out()).get("projects");
        assertEquals(7, projects.size());
        for (JsonNode project : projects) {
            assertEquals("declaration", project.get("kind").asText());
            assertTrue(project.get("total").isNull());
            assertEquals(0, project.get("errors").size());
        }
    }

    @Test
    void textOutputNamesTheFiguresAndEndsWithASummary() throws Exception {
        Run run = Run.of("check", example(DemoForms.SELF_EVALUATIONS).toString());
        assertTrue(run.out().contains("执行率 93.19%  执行得分 9.32  总分 99.32  等级 优"), run.out());
        assertTrue(run.out().strip().endsWith("7 个项目: 0 错误, 3 不一致, 19 提醒"), run.out());
    }

    @Test
    void chineseTextOutputNamesEachKindOfFindingInChineseAndKeepsTheCodesForJson() throws Exception {
        String file = example(DemoForms.SELF_EVALUATIONS).toString();
        Run run = Run.of("check", file);

        assertTrue(run.out().contains("提醒 人工评判: [第"), run.out());
        assertTrue(run.out().contains("不一致 与表上数字不符: "), run.out());
        assertFalse(run.out().contains("judgement"), run.out());
        assertFalse(run.out().contains("mismatch"), run.out());
        String json = Run.of("check", file, "--format", "json").out();
        assertTrue(json.matches("(?s).*\"code\" ?: ?\"judgement\".*"), json);
    }

    @Test
    void anUnknownKeyRejectsTheFileNamingTheKeyAndTheProject() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "[{\"year\": 2024, \"name\": \"课题经费\", \"unit\": \"某单位\", \"indicatorz\": []}]",
                StandardCharsets.UTF_8);
        Run run = Run.of("check", file.toString(), "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("project 1 (课题经费): indicatorz: unknown key"), run.err());
    }

    @Test
    void aMissingFileIsReportedAndExitsOne() {
        Run run = Run.of("check", dir.resolve("nowhere.json").toString(), "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("cannot read the file"), run.err());
    }

    @Test
    void malformedJsonIsReportedWithItsLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[\n{\"year\": 2024,\n", StandardCharsets.UTF_8);
        Run run = Run.of("check", file.toString(), "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("broken.json:"), run.err());
        assertTrue(run.err().contains("not valid JSON"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void readsCsvAndXlsxAsLintAndReportDoEachProjectLabelledByItsFile(String format) throws Exception {
        Path db = dir.resolve("jixiao.db");
        Run.of("demo", "--db", db.toString());
        Path file = dir.resolve("forms." + format);
        assertEquals(0, Run.of("export", "--db", db.toString(), "--year", "2024", "--format", format, "-o",
                file.toString()).status());
        JsonNode checked = json.readTree(Run.of("check", file.toString(), "1", "--db", db.toString(), "--format",
                "json").out()).get("projects");
        assertEquals(8, checked.size());
        assertEquals(file.toString(), checked.get(0).get("file").asText());
        assertEquals("99.89", checked.get(0).get("total").asText());
        assertEquals("#1", checked.get(7).get("file").asText());
        assertEquals("99.89", checked.get(7).get("total").asText());
    }

    private Path example(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = DemoForms.open(name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
