package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.app.Run;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.exchange.JsonWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stages of a year on the command line, on a real database and the real example files: the
 * 2025 declarations, then their July monitoring returns, then a self-evaluation, each kept; the
 * watch list, lights in check and show, each stage printed, starting, reopening and locking
 * stages, export and import of every stage, the trend of a project.
 */
class StagesCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNIT = "上海市医药集中招标采购事务管理所（上海医药采购中心）";

    @TempDir
    Path folder;
    private String db;

    /** The demo (2024 self-evaluations, 2025 declarations as #8–#14), then the July returns of 2025. */
    @BeforeEach
    void declaredThenMonitored() throws Exception {
        db = folder.resolve("jixiao.db").toString();
        assertEquals(0, Run.of("demo", "--db", db).status());
        Run monitoring = Run.of("import", example(DemoForms.MONITORING).toString(), "--db", db, "--lang", "en");
        assertEquals(0, monitoring.status(), monitoring.err());
        assertTrue(monitoring.out().contains("imported 7 projects (0 new, 7 updated, 0 unchanged)"), monitoring.out());
    }

    @Test
    void aDeclarationThenAMonitoringReturnThenASelfEvaluationAreAllKept() throws Exception {
        Path evaluated = folder.resolve("selfeval-2025.json");
        try (Writer out = Files.newBufferedWriter(evaluated, StandardCharsets.UTF_8)) {
            new JsonWriter().write(List.of(ProjectYear.of(new SelfEvaluation(evaluated("工作服置装费")))), out);
        }
        Run imported = Run.of("import", evaluated.toString(), "--db", db, "--lang", "en");
        assertEquals(0, imported.status(), imported.err());
        JsonNode shown = JSON.readTree(Run.of("show", "13", "--db", db, "--format", "json").out());
        assertEquals(List.of("declaration", "monitoring", "self-evaluation"), texts(shown.get("stages")));
        assertEquals("self-evaluation", shown.get("stage").asText());
        assertEquals("green", shown.get("monitoring").get("light").asText(), "the return's lights are kept with it");
        JsonNode declared = JSON.readTree(Run.of("show", "13", "--stage", "declaration", "--db", db, "--format", "json").out());
        assertEquals("≥4(套)", declared.get("indicators").get(1).get("target").asText());
        assertTrue(declared.get("stage_states").get(0).get("read_only").asBoolean());
    }

    @Test
    void aStageALaterOneMadeReadOnlyIsRefusedByImportNamingTheProject() throws Exception {
        Run again = Run.of("import", example(DemoForms.DECLARATIONS).toString(), "--db", db, "--lang", "en");
        assertEquals(0, again.status(), "the declarations as stored: nothing changes");
        assertTrue(again.out().contains("7 unchanged"), again.out());
        Path changed = folder.resolve("changed.json");
        Files.writeString(changed, Files.readString(example(DemoForms.DECLARATIONS)).replace("≥4(套)", "≥5(套)"));
        Run refused = Run.of("import", changed.toString(), "--db", db, "--lang", "en");
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("2025 " + UNIT + " 工作服置装费: the declaration is read-only because a later stage"
                + " (monitoring) exists"), refused.err());
        assertTrue(refused.err().contains("nothing was imported"), refused.err());
    }

    @Test
    void theWatchListIsTheYearsAtMonitoringWithARedLight() throws Exception {
        JsonNode red = JSON.readTree(Run.of("list", "--stage", "monitoring", "--light", "red", "--db", db, "--format", "json")
                .out());
        assertEquals(List.of("信息化运维项目", "财务专项审计和资产评估鉴定费"), texts(red, "name"));
        assertEquals(List.of("red", "red"), texts(red, "light"));
        Run table = Run.of("list", "--light", "黄", "--db", db);
        assertTrue(table.out().contains("医药采购平台系统数据及技术支持服务") && table.out().contains("2 个项目"), table.out());
        String csv = Run.of("list", "--stage", "self-evaluation", "--db", db, "--format", "csv").out();
        assertEquals(8, csv.strip().split("\r?\n").length, "a header and the seven 2024 self-evaluations");
        assertTrue(csv.startsWith("id,year,unit,name,code,kind,total,grade,errors,warnings,indicators,stage,light"), csv);
        Run wrong = Run.of("list", "--light", "purple", "--db", db);
        assertEquals(2, wrong.status());
    }

    @Test
    void checkReportsTheLightsWithTheirExplanationsAndTheJsonOfMonitoringMd() throws Exception {
        Run text = Run.of("check", "8", "--db", db);
        assertEquals(0, text.status(), "a red light explained is no error: " + text.out());
        assertTrue(text.out().contains("运行监控 项目预警 红（1–7月）"), text.out());
        assertTrue(text.out().contains("执行率 30.00% ÷ (7/12) = 51.43% → 红"), text.out());
        assertTrue(text.out().contains("1–7月 4 个 ÷ (10 个 × 7/12) = 68.57% → 黄"), text.out());
        JsonNode json = JSON.readTree(Run.of("check", "8", "--db", db, "--format", "json").out());
        JsonNode monitoring = json.get("projects").get(0).get("monitoring");
        assertEquals("red", monitoring.get("budget_light").asText());
        assertEquals("red", monitoring.get("light").asText());
        JsonNode fifth = monitoring.get("indicators").get(4);
        assertEquals(5, fifth.get("position").asInt());
        assertEquals("68.57", fifth.get("ratio").asText());
        assertEquals("yellow", fifth.get("light").asText());
        assertTrue(monitoring.get("indicators").get(0).get("ratio") == null, "a light with no ratio has none");
        Run fromFile = Run.of("check", example(DemoForms.MONITORING).toString(), "--format", "json");
        assertEquals(0, fromFile.status(), "every red and yellow light of the example is explained: " + fromFile.out());
        assertEquals(monitoring, JSON.readTree(fromFile.out()).get("projects").get(0).get("monitoring"),
                "the file's return lights as the stored one does");
    }

    @Test
    void aReturnJustStartedIsUnlitAndItsJsonLeavesTheLightsOut() throws Exception {
        String fresh = folder.resolve("fresh.db").toString();
        assertEquals(0, Run.of("import", example(DemoForms.DECLARATIONS).toString(), "--db", fresh).status());
        Run started = Run.of("stage", "start", "monitoring", "1", "--month", "7", "--db", fresh);
        assertEquals(0, started.status(), started.err());
        JsonNode monitoring = JSON.readTree(Run.of("check", "1", "--db", fresh, "--format", "json").out())
                .get("projects").get(0).get("monitoring");
        assertEquals("7", monitoring.get("month").asText());
        assertTrue(monitoring.get("light") == null && monitoring.get("budget_light") == null, monitoring.toString());
        assertTrue(monitoring.get("indicators").get(0).get("light") == null, monitoring.toString());
        assertEquals(1, monitoring.get("indicators").get(0).get("position").asInt());
    }

    @Test
    void stagesStartOnlyInTurnAndSayWhyNot() {
        Run second = Run.of("stage", "start", "monitoring", "9", "--db", db, "--month", "7", "--lang", "en");
        assertEquals(1, second.status());
        assertTrue(second.err().contains("the year already has a monitoring"), second.err());
        Run late = Run.of("stage", "start", "monitoring", "--year", "2024", "--unit", UNIT, "--name", "课题经费",
                "--db", db, "--month", "7", "--lang", "en");
        assertEquals(1, late.status());
        assertTrue(late.err().contains("a self-evaluation exists, so a monitoring can no longer start"), late.err());
        Run nothing = Run.of("stage", "start", "adjustment", "1", "--db", db, "--lang", "en");
        assertEquals(1, nothing.status());
        assertTrue(nothing.err().contains("there is no declaration to adjust"), nothing.err());
    }

    @Test
    void startReopenAndLockAStageAndTheHistorySaysWhoAndWhy() throws Exception {
        Run start = Run.of("stage", "start", "self-evaluation", "13", "--db", db);
        assertEquals(0, start.status(), start.err());
        assertTrue(start.out().contains("各阶段：申报（只读） → 运行监控（只读） → 自评"), start.out());
        Run edit = Run.of("stage", "reopen", "declaration", "13", "--reason", "更正指标值笔误", "--db", db, "--lang", "en");
        assertEquals(0, edit.status(), edit.err());
        Run lock = Run.of("stage", "lock", "declaration", "13", "--db", db);
        assertEquals(0, lock.status(), lock.err());
        Run twice = Run.of("stage", "lock", "declaration", "13", "--db", db, "--lang", "en");
        assertEquals(1, twice.status());
        assertTrue(twice.err().contains("was not reopened"), twice.err());
        String history = Run.of("history", "13", "--db", db).out();
        assertTrue(history.contains("开始自评") && history.contains("重新打开申报") && history.contains("更正指标值笔误")
                && history.contains("申报恢复只读"), history);
        JsonNode json = JSON.readTree(Run.of("history", "13", "--db", db, "--format", "json").out());
        assertEquals(List.of("insert", "update", "start", "reopen", "lock"), texts(json, "action"));
        assertEquals("monitoring", json.get(1).get("stage").asText());
    }

    @Test
    void monitoringNeedsItsMonthAndOnlyMonitoringTakesOne() {
        Run noMonth = Run.of("stage", "start", "monitoring", "1", "--db", db, "--lang", "en");
        assertEquals(2, noMonth.status());
        assertTrue(noMonth.err().contains("--month"), noMonth.err());
        assertEquals(2, Run.of("stage", "start", "self-evaluation", "13", "--month", "7", "--db", db).status());
        assertEquals(2, Run.of("stage", "start", "monitoring", "13", "--month", "13", "--db", db).status());
        assertEquals(2, Run.of("stage", "start", "autumn", "13", "--db", db).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"declaration", "monitoring"})
    void reportPrintsTheStageAskedFor(String stage) {
        Run report = Run.of("report", "8", "--stage", stage, "--db", db, "--width", "160");
        assertEquals(0, report.status(), report.err());
        assertTrue(report.out().contains(stage.equals("monitoring") ? "项目支出绩效目标执行监控表" : "财政项目支出绩效目标申报表"),
                report.out());
        Run none = Run.of("report", "8", "--stage", "self-evaluation", "--db", db, "--lang", "en");
        assertEquals(1, none.status());
        assertTrue(none.err().contains("has no self-evaluation (it has: declaration, monitoring)"), none.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "xlsx"})
    void everyStageExportedImportsBackUnchanged(String format) throws Exception {
        assertEquals(0, Run.of("stage", "start", "self-evaluation", "13", "--db", db).status());
        Path file = folder.resolve("all." + format);
        assertEquals(0, Run.of("export", "--db", db, "--format", format, "-o", file.toString()).status());
        Run again = Run.of("import", file.toString(), "--db", db, "--lang", "en");
        assertTrue(again.out().contains("0 new, 0 updated, 14 unchanged"), again.out() + again.err());
        String fresh = folder.resolve("fresh.db").toString();
        assertEquals(0, Run.of("import", file.toString(), "--db", fresh).status());
        for (String id : List.of("8", "13")) {
            JsonNode before = JSON.readTree(Run.of("show", id, "--db", db, "--format", "json").out());
            JsonNode after = JSON.readTree(Run.of("show", id, "--db", fresh, "--format", "json").out());
            assertEquals(before.get("stages"), after.get("stages"));
            assertEquals(before.get("monitoring"), after.get("monitoring"));
            assertEquals(before.get("indicators"), after.get("indicators"));
        }
    }

    @Test
    void aTrendShowsTheSameProjectOverTheYears() throws Exception {
        Run text = Run.of("trend", "13", "--db", db);
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("单位与项目名称相同") && text.out().contains("2024  ≥75.00(套) → 78.00(套)")
                && text.out().contains("2025  ≥4(套)"), text.out());
        JsonNode json = JSON.readTree(Run.of("trend", "13", "--db", db, "--format", "json").out());
        assertEquals(List.of(2024, 2025), List.of(json.get("years").get(0).get("year").asInt(),
                json.get("years").get(1).get("year").asInt()));
        assertEquals("元", json.get("money_unit").asText(), "2024 in 万元 and 2025 in 元 are shown in 元");
        assertEquals("220000.00", json.get("years").get(0).get("adjusted").asText());
        assertEquals("98.58", json.get("years").get(0).get("total").asText());
    }

    private Path example(String name) throws Exception {
        Path file = folder.resolve(name);
        try (InputStream in = DemoForms.open(name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The 2025 declaration of that name with its money spent and its first two indicators done. */
    private static Project evaluated(String name) {
        Project declared = DemoForms.read(DemoForms.DECLARATIONS).projects().stream()
                .filter(project -> project.key().name().equals(name)).findFirst().orElseThrow();
        Project spent = declared.withFunding(declared.funding().with(FundingSource.TOTAL, declared.funding().total()
                .with(FundingColumn.ADJUSTED, declared.funding().total().initial())
                .with(FundingColumn.EXECUTED, Optional.of(new BigDecimal("9880.00")))));
        return spent.withIndicator(0, spent.indicators().get(0).withActual("成本未超预算"))
                .withIndicator(1, spent.indicators().get(1).withActual("4(套)"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String key) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(key).asText()));
        return texts;
    }
}
