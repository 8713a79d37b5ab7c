package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.app.Run;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} finds on the published forms what reviewers of them care about. */
class LintCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void findsTheCostTargetsMetByDoingNothingInEverySelfEvaluation() throws Exception {
        Run run = Run.of("lint", example(DemoForms.SELF_EVALUATIONS).toString(), "--format", "json");
        assertEquals(1, run.status(), "findings make lint exit 1");
        List<String> found = new ArrayList<>();
        for (JsonNode project : JSON.readTree(run.out()).get("projects")) {
            for (JsonNode finding : project.get("findings")) {
                if (finding.get("code").asText().equals("target-met-by-nothing")) {
                    found.add(finding.get("indicator").asText() + " " + finding.get("row").asInt());
                    assertTrue(finding.get("message").asText().contains("≥0.00(%)"), finding.toString());
                }
            }
        }
        assertEquals(List.of("成本节约率 1", "成本节约率 1", "成本节约率 1", "成本节约率 1", "成本节约率 1", "成本节约率 1",
                "成本节约率 1"), found);
    }

    @Test
    void findsTheFourWorkClothesSetsTargetedAfterSeventyEightWereBought() throws Exception {
        Run run = Run.of("lint", example(DemoForms.DECLARATIONS).toString(), example(DemoForms.SELF_EVALUATIONS).toString(),
                "--format", "json", "--lang", "en");
        List<String> below = new ArrayList<>();
        for (JsonNode project : JSON.readTree(run.out()).get("projects")) {
            for (JsonNode finding : project.get("findings")) {
                if (finding.get("code").asText().equals("target-below-last-actual")) {
                    below.add(project.get("year").asInt() + " " + project.get("name").asText() + ": "
                            + finding.get("message").asText());
                }
            }
        }
        assertTrue(below.contains("2025 工作服置装费: 工作服数量: the target '≥4(套)' is far below the 2024 actual of "
                + "78.00(套): say why the target was lowered"), below.toString());
    }

    @Test
    void findsTheCostTargetCopiedIntoEveryDeclarationOfTheUnit() throws Exception {
        Run run = Run.of("lint", example(DemoForms.DECLARATIONS).toString());
        assertEquals(7, run.out().split("全部 7 个项目的经济成本指标目标都是“成本不超过预算”", -1).length - 1, run.out());
        assertTrue(run.out().strip().endsWith("7 个项目: 17 条目标质量提醒"), run.out());
    }

    @Test
    void comparesAStoredDeclarationWithLastYearsStoredSelfEvaluation() throws Exception {
        String db = dir.resolve("jixiao.db").toString();
        assertEquals(0, Run.of("demo", "--db", db).status());
        JsonNode list = JSON.readTree(Run.of("list", "--db", db, "--format", "json", "--year", "2025").out());
        String id = "";
        for (JsonNode summary : list) {
            id = summary.get("name").asText().equals("工作服置装费") ? summary.get("id").asText() : id;
        }
        Run run = Run.of("lint", id, "--db", db);
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("目标低于上年实际: [第2行] 工作服数量：目标“≥4(套)”远低于 2024 年实际完成值 78.00(套)"),
                run.out());
    }

    @Test
    void aFormWithWellSetTargetsIsCleanAndExitsZero() throws Exception {
        Path file = dir.resolve("clean.json");
        Files.writeString(file, "[{\"year\": 2025, \"name\": \"培训\", \"unit\": \"某单位\", \"indicators\": ["
                + "{\"level1\": \"成本指标\", \"level2\": \"经济成本指标\", \"name\": \"人均培训成本\", \"target\": \"≤300(元)\"},"
                + "{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"培训人次\", \"target\": \"≥200(人次)\"}]}]",
                StandardCharsets.UTF_8);
        Run run = Run.of("lint", file.toString(), "--lang", "en");
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("no findings"), run.out());
    }

    @Test
    void helpIsInChineseAndSaysWhatTheExitStatusMeans() {
        Run run = Run.of("lint", "--help");
        assertTrue(run.out().contains("满意度 100%") && run.out().contains("1 发现问题"), run.out());
    }

    private Path example(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = DemoForms.open(name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
