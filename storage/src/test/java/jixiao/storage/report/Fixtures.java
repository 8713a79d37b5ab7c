package jixiao.storage.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.exchange.JsonExchange;
import jixiao.storage.exchange.Reading;

/** The forms the report tests print: the published example forms, and our own awkward cases. */
final class Fixtures {

    /** Names that break workbooks, control characters, a formula as an indicator, a tester's misprinted form. */
    static final String CASES = "printout-cases.json";

    private Fixtures() {
    }

    static Stream<Project> everyPublishedForm() {
        return DemoForms.names().stream().flatMap(name -> DemoForms.read(name).projects().stream());
    }

    static List<Project> selfEvaluations() {
        return DemoForms.read(DemoForms.SELF_EVALUATIONS).projects();
    }

    static List<Project> declarations() {
        return DemoForms.read(DemoForms.DECLARATIONS).projects();
    }

    static Project published(String name, int year) {
        return everyPublishedForm().filter(p -> p.key().name().equals(name) && p.key().year() == year)
                .findFirst().orElseThrow();
    }

    static List<Project> cases() {
        try (Reader in = new InputStreamReader(Fixtures.class.getResourceAsStream(CASES), StandardCharsets.UTF_8)) {
            Reading reading = new JsonExchange().read(in, CASES);
            if (!reading.isClean()) {
                throw new AssertionError(reading.problems().toString());
            }
            return reading.projects();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reports reports() {
        return new Reports(RuleSets.national2020());
    }
}
