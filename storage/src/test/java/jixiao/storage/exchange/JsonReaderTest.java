package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.language.Language;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    private final JsonReader reader = new JsonReader();

    @Test
    void readsThePublishedFormsWithTheirPrintedFigures() {
        List<Project> projects = DemoForms.read(DemoForms.SELF_EVALUATIONS).projects();
        assertEquals(7, projects.size());
        assertEquals(Optional.of(new BigDecimal("99.89")), projects.get(0).published().totalScore());
    }

    @Test
    void aBareArrayOfProjectsReadsToo() throws IOException {
        Reading reading = reader.read(new StringReader("[{\"year\": \"2024\", \"name\": \"课题经费\", \"unit\": \"某单位\"}]"),
                "a.json");
        assertEquals(List.of(), reading.problems());
        assertEquals("课题经费", reading.projects().get(0).key().name());
    }

    @Test
    void anUnknownKeyIsAProblemNamingTheProjectAndTheKeyAndNothingIsRead() throws IOException {
        Reading reading = reader.read(new StringReader("{\"format\": \"jixiao/1\", \"projects\": [{\"year\": 2024,"
                + " \"name\": \"课题经费\", \"indicators\": [{\"name\": \"x\", \"taget\": \"≥1\"}]}]}"), "a.json");
        assertEquals(List.of(), reading.projects());
        assertEquals("a.json: project 1 (课题经费): indicators[1].taget: unknown key (a typo?)",
                reading.problems().get(0).format(Language.EN));
    }

    @Test
    void invalidJsonSaysWhichLine() throws IOException {
        Reading reading = reader.read(new StringReader("{\n\"projects\": [\n}"), "bad.json");
        assertTrue(reading.problems().get(0).format(Language.EN).startsWith("bad.json:3: not valid JSON"),
                reading.problems().toString());
    }

    @Test
    void anotherFormatIsRefused() throws IOException {
        Reading reading = reader.read(new StringReader("{\"format\": \"jixiao/9\", \"projects\": []}"), "a.json");
        assertTrue(reading.problems().get(0).format(Language.EN).contains("unsupported format 'jixiao/9', expected jixiao/1"));
    }

    @Test
    void twoDocumentsInOneFileAreRefusedNotHalfRead() throws IOException {
        String one = "[{\"year\": \"2024\", \"name\": \"甲\", \"unit\": \"某单位\"}]";
        Reading reading = reader.read(new StringReader(one + "\n" + one.replace("甲", "乙")), "two.json");
        assertEquals(List.of("two.json:2: there is more after the end of the JSON document: a file holds one document"
                + " (two files joined?)"), formatted(reading));
    }

    @Test
    void theSameProjectTwiceInOneFileIsRefused() throws IOException {
        String project = "{\"year\": \"2024\", \"name\": \"甲\", \"unit\": \"某单位\"}";
        Reading reading = reader.read(new StringReader("[" + project + "," + project + "]"), "twice.json");
        assertEquals(List.of("twice.json: project 2 (甲): has the year, unit and name of project 1: a project may appear"
                + " once in a file"), formatted(reading));
    }

    @Test
    void twoProjectsSharingACodeAreRefused() throws IOException {
        String projects = "[{\"year\": \"2024\", \"name\": \"甲\", \"unit\": \"某单位\", \"code\": \"X1\"},"
                + "{\"year\": \"2024\", \"name\": \"乙\", \"unit\": \"某单位\", \"code\": \"X1\"}]";
        assertEquals(List.of("codes.json: project 2 (乙): has the code of project 1: a code belongs to one project"),
                formatted(reader.read(new StringReader(projects), "codes.json")));
    }

    @Test
    void aKeyGivenTwiceInOneObjectIsRefused() throws IOException {
        Reading reading = reader.read(new StringReader("[{\"year\": \"2024\", \"name\": \"甲\", \"name\": \"乙\"}]"),
                "keys.json");
        assertEquals(List.of("keys.json:1: the key 'name' is given twice in one object"), formatted(reading));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8 with a byte-order mark", "UTF-16BE", "UTF-16LE", "UTF-16 with a byte-order mark"})
    void aFileInUtf8WithAByteOrderMarkOrInUtf16Reads(String encoding) throws IOException {
        String json = "[{\"year\": \"2024\", \"name\": \"课题经费\", \"unit\": \"某单位\"}]";
        byte[] bytes = switch (encoding) {
            case "UTF-16BE" -> json.getBytes(StandardCharsets.UTF_16BE);
            case "UTF-16LE" -> json.getBytes(StandardCharsets.UTF_16LE);
            case "UTF-16 with a byte-order mark" -> json.getBytes(StandardCharsets.UTF_16);
            default -> ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        };
        Reading reading = reader.read(new ByteArrayInputStream(bytes), "a.json");
        assertEquals(List.of(), formatted(reading));
        assertEquals("课题经费", reading.projects().get(0).key().name());
    }

    @Test
    void aFileInAnotherEncodingIsAskedToBeSavedAsUtf8() throws IOException {
        byte[] gbk = "[{\"year\": \"2024\", \"name\": \"课题经费\"}]".getBytes(Charset.forName("GB18030"));
        assertEquals(List.of("gbk.json:1: the file is not UTF-8: save JSON as UTF-8 (or UTF-16)"),
                formatted(reader.read(new ByteArrayInputStream(gbk), "gbk.json")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e100000000", "1E-999999999", "\"1e100000000\"", "\"11111111111111111111\""})
    void aHugeNumberIsRefusedAtOnce(String weight) {
        String json = "[{\"year\": \"2024\", \"name\": \"甲\", \"unit\": \"某单位\", \"indicators\": [{\"name\": \"x\","
                + " \"weight\": " + weight + "}]}]";
        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> reader.read(new StringReader(json), "n.json"));
        assertEquals(1, reading.problems().size(), formatted(reading).toString());
        assertTrue(formatted(reading).get(0).startsWith("n.json: project 1 (甲): indicators[1].weight: '"),
                formatted(reading).toString());
    }

    @Test
    void aNumberWhoseExponentNoDecimalHoldsIsAProblem() throws IOException {
        String json = "[{\"year\": \"2024\", \"name\": \"甲\", \"indicators\": [{\"name\": \"x\", \"weight\": 1e9999999999}]}]";
        assertEquals(List.of("e.json:1: not valid JSON: a number out of range: 1e9999999999"),
                formatted(reader.read(new StringReader(json), "e.json")));
    }

    @Test
    void aNegativeWeightOrBudgetIsRefusedNamingTheKey() throws IOException {
        String json = "[{\"year\": \"2024\", \"name\": \"甲\", \"unit\": \"某单位\", \"funding\": {\"total\":"
                + " {\"adjusted\": \"-100\"}}, \"indicators\": [{\"name\": \"x\", \"weight\": \"-5\"}]}]";
        assertEquals(List.of("n.json: project 1 (甲): funding.total.adjusted: may not be negative (-100)",
                "n.json: project 1 (甲): indicators[1].weight: may not be negative (-5)"),
                formatted(reader.read(new StringReader(json), "n.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "9999", "24", "２０２４"})
    void aYearOutsideTheFormsYearsIsRefused(String year) throws IOException {
        Reading reading = reader.read(new StringReader("[{\"year\": \"" + year + "\", \"name\": \"甲\"}]"), "y.json");
        assertEquals(List.of("y.json: project 1 (甲): year: the year must be four digits from 1900 to 2199, not '"
                + year + "'"), formatted(reading));
    }

    @Test
    void aTextLongerThanACellIsRefusedWhileReadingAndNotRepeated() {
        String json = "[{\"year\": \"2024\", \"name\": \"" + "长".repeat(10 * 1024 * 1024) + "\"}]";
        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(new StringReader(json), "l.json"));
        assertEquals(List.of("l.json:1: a text or key longer than a cell's 32767 characters"), formatted(reading));
    }

    @Test
    void nestingDeeperThanTheFormatIsRefused() throws IOException {
        String json = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals(List.of("d.json:1: arrays and objects nested deeper than 16"),
                formatted(reader.read(new StringReader(json), "d.json")));
    }

    @Test
    void aControlCharacterInAnyTextIsRefusedWithItsKey() throws IOException {
        String json = "[{\"year\": \"2024\", \"name\": \"甲\", \"indicators\": [{\"name\": \"x\", \"target\": \"\\u0007≥1\"}]}]";
        assertEquals(List.of("c.json: project 1 (甲): indicators[1].target: character 1 is a control character,"
                + " U+0007 (␇): remove it"), formatted(reader.read(new StringReader(json), "c.json")));
    }

    @Test
    void aFileCutOffInsideAProjectSaysWhereItEnds() throws IOException {
        String json = "{\"format\": \"jixiao/1\", \"projects\": [{\"year\": \"2024\",\n\"name\": \"甲";
        List<String> problems = formatted(reader.read(new StringReader(json), "cut.json"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("cut.json:2: not valid JSON: "), problems.toString());
    }

    @Test
    void aFileOfMoreIndicatorsThanTheLimitIsRefused() throws IOException {
        Limits few = new Limits(32_767, 1024, 3, 10_000, 1024 * 1024, 1000, 16, 1024, 1024, 100, 1024, 100, 1000, 1000);
        String indicators = "[{\"name\": \"a\"}, {\"name\": \"b\"}]";
        String json = "[{\"year\": \"2024\", \"name\": \"甲\", \"indicators\": " + indicators + "},"
                + " {\"year\": \"2024\", \"name\": \"乙\", \"indicators\": " + indicators + "}]";
        assertEquals(List.of("r.json:1: the file has more than 3 indicators, the limit: import it as several files"),
                formatted(new JsonReader(few).read(new StringReader(json), "r.json")));
    }

    private static List<String> formatted(Reading reading) {
        return reading.problems().stream().map(problem -> problem.format(Language.EN)).toList();
    }

    @Test
    void theMonitoringExampleIsAReturnForEachDeclarationWithoutSayingItsStages() {
        Reading reading = DemoForms.read(DemoForms.MONITORING);
        assertEquals(List.of(), reading.problems());
        ProjectYear first = reading.years().get(0);
        assertEquals(List.of(StageKind.MONITORING), first.stages().stream().map(Stage::kind).toList());
        MonitoringReturn monitored = first.monitoring().orElseThrow();
        assertEquals(Month.JULY, monitored.month());
        assertEquals(Optional.of(new BigDecimal("1229781.30")), monitored.funding(FundingSource.TOTAL).executed());
        assertEquals("4.00(个)", monitored.progress(4).progress().text());
        assertEquals(Set.of(Cause.STAFF), monitored.progress(4).causes());
    }

    @Test
    void monitoringMdsExampleReadsAsADeclarationAnAdjustmentAndAReturn() throws IOException {
        Reading reading = reader.read(new StringReader("""
                [{"year": "2025", "unit": "某单位", "name": "某项目",
                  "funding": {"total": {"initial": "4,000,000.00", "adjusted": "4,000,000.00"}},
                  "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "target": "≥300(个)"},
                                 {"level1": "产出指标", "level2": "数量指标", "name": "课程", "target": "≥330(个)"}],
                  "declared": [{"position": 2, "target": "≥300(个)"}],
                  "adjustment": {"reason": "扩大覆盖", "approved_on": "2025-06-30"},
                  "monitoring": {"month": "7", "funding": {"total": {"executed": "2,310,000.00", "forecast": "4,000,000.00"}},
                    "budget_cause": "",
                    "indicators": [{"position": 1, "progress": "160(个)", "forecast": "330(个)", "likelihood": "确定能",
                                    "causes": ["经费保障"], "cause_note": "…", "correction": "…"}],
                    "summary": "按计划推进", "rectify": "否", "rectify_note": ""}}]
                """), "m.json");
        assertEquals(List.of(), reading.problems());
        ProjectYear year = reading.years().get(0);
        assertEquals(List.of(StageKind.DECLARATION, StageKind.ADJUSTMENT, StageKind.MONITORING),
                year.stages().stream().map(Stage::kind).toList());
        assertEquals("≥300(个)", year.declaration().orElseThrow().form().indicators().get(1).target().text());
        assertEquals("≥330(个)", year.adjustment().orElseThrow().target(1).orElseThrow().text());
        assertEquals("160(个)", year.monitoring().orElseThrow().progress(0).progress().text());
        assertEquals(Optional.of(false), year.monitoring().orElseThrow().conclusion().rectify());
    }

    @Test
    void aMonitoringValueOffTheFormsListIsAProblemNamingTheProjectAndTheKey() throws IOException {
        Reading reading = reader.read(new StringReader("""
                [{"year": "2025", "unit": "某单位", "name": "某项目",
                  "indicators": [{"name": "培训人次", "target": "≥300(个)"}],
                  "monitoring": {"month": "13",
                    "indicators": [{"position": 1, "likelihood": "大概", "causes": ["天气"]},
                                   {"position": 3, "progress": "1(个)"}]}}]
                """), "m.json");
        assertEquals(List.of(), reading.years());
        List<String> problems = reading.problems().stream().map(problem -> problem.format(Language.EN)).toList();
        assertTrue(problems.contains("m.json: project 1 (某项目): monitoring.month: the month must be 1 to 12, not '13'"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.contains("monitoring.indicators.likelihood: '大概' is no likelihood")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.contains("monitoring.indicators.causes: '天气' is no cause")),
                problems.toString());
    }

    @Test
    void aRowBeyondTheFormAndStagesOutOfOrderAreProblems() throws IOException {
        Reading beyond = reader.read(new StringReader("""
                [{"year": "2025", "unit": "某单位", "name": "某项目", "indicators": [{"name": "指标", "target": "≥3(个)"}],
                  "monitoring": {"month": "7", "indicators": [{"position": 3, "progress": "1(个)"}]}}]
                """), "m.json");
        assertTrue(beyond.problems().get(0).format(Language.EN).contains("monitoring.indicators: position 3 is beyond"),
                beyond.problems().toString());
        Reading order = reader.read(new StringReader("""
                [{"year": "2025", "unit": "某单位", "name": "某项目", "stages": ["self-evaluation", "declaration"]}]
                """), "s.json");
        assertTrue(order.problems().get(0).format(Language.EN).contains("stages: the stages must each appear once, in the year's order"),
                order.problems().toString());
    }
}
