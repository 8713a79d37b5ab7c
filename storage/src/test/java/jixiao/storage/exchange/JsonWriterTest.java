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
import jixiao.storage.demo.DemoForms;
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

    /** Forms from elsewhere as the years they make: the stage each one's data shows. */
    private static List<ProjectYear> years(List<Project> projects) {
        return projects.stream().map(ProjectYear::ofForm).toList();
    }
}
