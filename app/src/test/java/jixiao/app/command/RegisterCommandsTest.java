package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import jixiao.app.Run;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** demo, list, show, check PROJECT, import, export, history, recalc and db, on a real database file. */
class RegisterCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void loadTheDemo() {
        db = folder.resolve("jixiao.db").toString();
        Run demo = Run.of("demo", "--db", db);
        assertEquals(0, demo.status(), demo.err());
        assertTrue(demo.out().contains("14"), demo.out());
    }

    @Test
    void listShowsEveryProjectWithItsTotalAndGrade() throws Exception {
        JsonNode list = JSON.readTree(Run.of("list", "--db", db, "--format", "json").out());
        assertEquals(14, list.size());
        JsonNode first = list.get(0);
        assertEquals("信息化运维项目", first.get("name").asText());
        assertEquals("99.89", first.get("total").asText());
        assertEquals("优", first.get("grade").asText());
        Run csv = Run.of("list", "--db", db, "--format", "csv", "--year", "2025");
        assertEquals(8, csv.out().strip().split("\r?\n").length, "a header and seven declarations");
    }

    @Test
    void theListsTableHeadsEveryColumnInFullInEitherLanguage() {
        String english = Run.of("list", "--db", db, "--lang", "en").out().lines().findFirst().orElseThrow();
        assertTrue(english.matches(" +id  year  unit +name +stage +light +total  grade  errors/warnings"), english);
        String chinese = Run.of("list", "--db", db).out().lines().findFirst().orElseThrow();
        assertTrue(chinese.matches(" +id  年度  单位 +项目名称 +阶段 +预警 +总分  等级  错误/提醒"), chinese);
    }

    @Test
    void showExplainsEveryIndicatorOfAStoredProject() throws Exception {
        JsonNode shown = JSON.readTree(Run.of("show", "1", "--db", db, "--format", "json").out());
        assertEquals("99.89", shown.get("total").asText());
        assertEquals(1, shown.get("revision").asInt());
        assertTrue(shown.get("indicators").get(0).get("explanation").size() > 0);
        Run byKey = Run.of("show", "--db", db, "--year", "2024", "--unit", "上海市医药集中招标采购事务管理所（上海医药采购中心）",
                "--name", "信息化运维项目");
        assertEquals(0, byKey.status(), byKey.err());
        assertTrue(byKey.out().contains("总分 99.89"), byKey.out());
    }

    @Test
    void checkingAStoredProjectFindsWhatCheckingItsFileFinds() {
        Run check = Run.of("check", "2", "--db", db, "--lang", "en");
        assertEquals(1, check.status(), "project 2 printed a cut-off rate");
        assertTrue(check.out().contains("looks cut off"), check.out());
    }

    @Test
    void anExportImportsBackUnchanged() throws Exception {
        Path file = folder.resolve("all.json");
        assertEquals(0, Run.of("export", "--db", db, "--format", "json", "-o", file.toString()).status());
        Run again = Run.of("import", file.toString(), "--db", db, "--lang", "en");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("0 new, 0 updated, 14 unchanged"), again.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void csvAndXlsxExportsImportBackUnchanged(String format) throws Exception {
        Path file = folder.resolve("all." + format);
        assertEquals(0, Run.of("export", "--db", db, "--format", format, "-o", file.toString()).status());
        String fresh = folder.resolve("fresh.db").toString();
        assertEquals(0, Run.of("import", file.toString(), "--db", fresh).status());
        assertEquals(Run.of("list", "--db", db, "--format", "json").out(), Run.of("list", "--db", fresh, "--format", "json").out());
        Run again = Run.of("import", file.toString(), "--db", db, "--lang", "en");
        assertTrue(again.out().contains("14 unchanged"), again.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "xlsx"})
    void anImportsHistoryNamesEachFileByTheSha256OfAllItsBytes(String format) throws Exception {
        Path file = folder.resolve("all." + format);
        assertEquals(0, Run.of("export", "--db", db, "--format", format, "-o", file.toString()).status());
        if (!format.equals("xlsx")) { // bytes after the last a reader needs: JSON's parser stops at the end of its value
            Files.writeString(file, "\n\n", StandardOpenOption.APPEND);
        }
        String fresh = folder.resolve("fresh.db").toString();
        assertEquals(0, Run.of("import", file.toString(), "--db", fresh).status());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        String history = Run.of("history", "1", "--db", fresh, "--lang", "en").out();
        assertTrue(history.contains(sha256 + "  " + file), history);
    }

    @Test
    void aBadFileImportsNothingAndSaysWhereItIsWrong() throws Exception {
        Path file = folder.resolve("bad.json");
        String good = demoForm(DemoForms.SELF_EVALUATIONS);
        Files.writeString(file, good.replaceFirst("\"weight\"", "\"wieght\""), StandardCharsets.UTF_8);
        Run bad = Run.of("import", file.toString(), "--db", db.replace("jixiao.db", "other.db"), "--lang", "en");
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("wieght"), bad.err());
        assertTrue(bad.err().contains("\n1 problem: nothing was imported"), bad.err());
        JsonNode list = JSON.readTree(Run.of("list", "--db", db.replace("jixiao.db", "other.db"), "--format", "json").out());
        assertEquals(0, list.size());
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        String other = db.replace("jixiao.db", "dry.db");
        Path file = folder.resolve("targets.json");
        Files.writeString(file, demoForm(DemoForms.DECLARATIONS), StandardCharsets.UTF_8);
        Run dry = Run.of("import", file.toString(), "--dry-run", "--db", other);
        assertEquals(0, dry.status(), dry.err());
        assertEquals(0, JSON.readTree(Run.of("list", "--db", other, "--format", "json").out()).size());
    }

    @Test
    void historyListsEachChangedFieldWithBothValues() throws Exception {
        Path file = folder.resolve("changed.json");
        String form = demoForm(DemoForms.SELF_EVALUATIONS);
        Files.writeString(file, form.replaceFirst("85\\.00\\(个\\)", "80(个)"), StandardCharsets.UTF_8);
        assertEquals(0, Run.of("import", file.toString(), "--db", db).status());
        JsonNode history = JSON.readTree(Run.of("history", "1", "--db", db, "--format", "json").out());
        assertEquals(2, history.size());
        JsonNode change = history.get(1).get("changes").get(0);
        assertEquals("self-evaluation.indicators[2].actual", change.get("field").asText());
        assertEquals("self-evaluation", history.get(1).get("stage").asText());
        assertEquals("85.00(个)", change.get("before").asText());
        assertEquals("80(个)", change.get("after").asText());
        String text = Run.of("history", "1", "--db", db).out();
        assertTrue(text.contains("修改自评") && text.contains("自评 第2行 实际完成值: “85.00(个)” → “80(个)”"), text);
    }

    @Test
    void dbInfoCountsWhatTheFileHoldsAndBackupCopiesIt() throws Exception {
        JsonNode info = JSON.readTree(Run.of("db", "info", "--db", db, "--format", "json").out());
        assertEquals(14, info.get("projects").asInt());
        assertEquals("wal", info.get("journal_mode").asText());
        Path copy = folder.resolve("copy.db");
        assertEquals(0, Run.of("db", "backup", copy.toString(), "--db", db).status());
        assertEquals(14, JSON.readTree(Run.of("list", "--db", copy.toString(), "--format", "json").out()).size());
        assertEquals(2, Run.of("db", "backup", copy.toString(), "--db", db).status(), "never overwrites");
    }

    @Test
    void aFileThatCannotBeReadIsReportedNotCrashedOn() {
        Run missing = Run.of("import", folder.resolve("nowhere.json").toString(), "--db", db, "--lang", "en");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("cannot read"), missing.err());
    }

    private static String demoForm(String name) throws Exception {
        try (var in = DemoForms.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void recalcRescoresAndAMissingProjectIsAClearError() {
        assertTrue(Run.of("recalc", "--db", db, "--lang", "en").out().contains("0 projects changed"));
        Run missing = Run.of("show", "99", "--db", db, "--lang", "en");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no project '#99'"), missing.err());
    }

    @Test
    void rulesOnAStoredProjectIsAWhatIfThatSaysSo() throws Exception {
        Path training = trainingRules();
        Run show = Run.of("show", "1", "--db", db, "--rules", training.toString(), "--lang", "en");
        assertEquals(0, show.status(), show.err());
        assertTrue(show.out().contains("total 109.79  grade 优  rule set training-20@"), show.out());
        assertTrue(show.out().contains("#1 is scored under training-20@"), show.out());
        assertTrue(show.out().contains("a what-if (the project is stored with national-2020)"), show.out());
        JsonNode checked = JSON.readTree(Run.of("check", "1", "--db", db, "--rules", training.toString(),
                "--format", "json").out()).get("projects").get(0);
        assertEquals("109.79", checked.get("total").asText());
        assertTrue(checked.get("what_if").asBoolean());
        assertEquals("national-2020", checked.get("stored_rules").asText());
        assertEquals("99.89", JSON.readTree(Run.of("list", "--db", db, "--format", "json").out()).get(0)
                .get("total").asText(), "a what-if changes nothing stored");
        Run report = Run.of("report", "1", "--db", db, "--rules", training.toString(), "--lang", "en");
        assertTrue(report.err().contains("#1 is scored under training-20@"), report.err());
    }

    @Test
    void recalcWithRulesRepinsTheChosenProjectsAndTheirHistorySaysSo() throws Exception {
        Path training = trainingRules();
        Run recalc = Run.of("recalc", "--db", db, "--rules", training.toString(), "--year", "2024", "--lang", "en");
        assertEquals(0, recalc.status(), recalc.err());
        assertTrue(recalc.out().contains("7 projects are scored under training-20@"), recalc.out());
        Files.delete(training);
        JsonNode list = JSON.readTree(Run.of("list", "--db", db, "--format", "json").out());
        assertEquals("109.79", list.get(0).get("total").asText());
        JsonNode history = JSON.readTree(Run.of("history", "1", "--db", db, "--format", "json", "--lang", "en").out());
        JsonNode repinned = history.get(history.size() - 1);
        assertEquals("update", repinned.get("action").asText());
        assertTrue(repinned.get("note").asText().startsWith("re-pinned to training-20@"), repinned.toString());
        assertEquals("rule_set", repinned.get("changes").get(0).get("field").asText());
        assertEquals("national-2020", repinned.get("changes").get(0).get("before").asText());
        assertEquals(2, JSON.readTree(Run.of("show", "1", "--db", db, "--format", "json").out()).get("revision").asInt());
    }

    private Path trainingRules() throws Exception {
        return Files.writeString(folder.resolve("training.properties"), "name = training-20\ntotalPoints = 110\n"
                + "executionWeight = 20\n", StandardCharsets.UTF_8);
    }
}
