package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.demo.FullYear;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private final JsonWriter writer = new JsonWriter();

    @Test
    void whatItWritesTheReaderReadsBackUnchanged() throws IOException {
        for (String name : DemoForms.names()) {
            List<Project> projects = DemoForms.read(name).projects();
            StringWriter out = new StringWriter();
            writer.write(years(projects), out);
            Reading reading = new JsonReader().read(new StringReader(out.toString()), name);
            assertEquals(List.of(), reading.problems());
            assertEquals(projects, reading.projects());
        }
    }

    @Test
    void numbersAreStringsSoTheirDecimalsSurvive() throws IOException {
        StringWriter out = new StringWriter();
        writer.write(years(DemoForms.read(DemoForms.SELF_EVALUATIONS).projects().subList(0, 1)), out);
        assertTrue(out.toString().contains("\"adjusted\" : \"485.55\""), out.toString());
        assertTrue(out.toString().startsWith("{\n  \"format\" : \"jixiao/1\""), out.toString());
    }

    @Test
    void aLineIsOneProjectOnOneLine() {
        String line = writer.line(DemoForms.read(DemoForms.SELF_EVALUATIONS).projects().get(0));
        assertFalse(line.contains("\n"));
        assertTrue(line.startsWith("{\"year\":2024,\"name\":\"信息化运维项目\""), line);
    }

    @Test
    void everyStageOfAYearIsWrittenAndReadBackExactly() throws IOException {
        for (ProjectYear year : List.of(FullYear.declaration(), FullYear.adjusted(), FullYear.monitored(),
                FullYear.evaluated())) {
            StringWriter out = new StringWriter();
            writer.write(List.of(year), out);
            assertFalse(out.toString().contains("\"forms\""), "a year started stage by stage needs no forms");
            Reading reading = new JsonReader().read(new StringReader(out.toString()), "year.json");
            assertEquals(List.of(), reading.problems());
            assertEquals(List.of(year), reading.years());
        }
    }

    @Test
    void theMonitoringKeysAreWrittenAsMonitoringMdShowsThem() throws IOException {
        StringWriter out = new StringWriter();
        writer.write(List.of(FullYear.monitored()), out);
        String text = out.toString();
        for (String expected : List.of("\"stages\" : [ \"declaration\", \"adjustment\", \"monitoring\" ]",
                "\"month\" : \"7\"", "\"executed\" : \"3000.00\"", "\"likelihood\" : \"有可能\"",
                "\"causes\" : [ \"经费保障\", \"其他\" ]", "\"rectify\" : \"否\"", "\"declared\" : [ {",
                "\"approved_on\" : \"2025-06-20\"", "\"project_funding\" : {")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void aYearChangedApartCarriesTheFormsItNeedsAndReadsBackExactly() throws IOException {
        ProjectYear diverged = FullYear.diverged().lockAgain(StageKind.DECLARATION);
        StringWriter out = new StringWriter();
        writer.write(List.of(diverged), out);
        assertTrue(out.toString().contains("\"forms\""), out.toString());
        assertEquals(List.of(diverged), new JsonReader().read(new StringReader(out.toString()), "d.json").years());
    }

    @Test
    void theMonitoringExampleReadsAndWritesBackItsYearsExactly() throws IOException {
        Reading example = DemoForms.read(DemoForms.MONITORING);
        assertEquals(List.of(), example.problems());
        assertEquals(7, example.years().size());
        StringWriter out = new StringWriter();
        writer.write(example.years(), out);
        assertEquals(example.years(), new JsonReader().read(new StringReader(out.toString()), "m.json").years());
    }

    /** Forms from elsewhere as the years they make: the stage each one's data shows. */
    private static List<ProjectYear> years(List<Project> projects) {
        return projects.stream().map(ProjectYear::ofForm).toList();
    }
}
