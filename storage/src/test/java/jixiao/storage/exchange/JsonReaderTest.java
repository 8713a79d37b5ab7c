package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
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
