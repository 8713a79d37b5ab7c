package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
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
}
