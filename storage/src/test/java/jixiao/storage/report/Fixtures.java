package jixiao.storage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Project;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.exchange.JsonReader;
import jixiao.storage.exchange.Reading;

/** The forms the report tests print: the published example forms, and our own awkward cases. */
final class Fixtures {

    /** Names that break workbooks, a formula as an indicator, a tester's misprinted form (also rendered in CI). */
    static final String CASES = "printout-cases.json";
    /** A form typed with terminal control characters (ESC, BEL) in its name and goals. */
    static final String CONTROL_CHARACTERS = "control-characters.json";
    private static final String STAND_IN_ESC = "〔ESC〕";
    private static final String STAND_IN_BEL = "〔BEL〕";

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
        return read(CASES);
    }

    /**
     * Imports refuse control characters, but a stored project may still hold them (saved before they
     * were refused, or pasted in the text UI), and every report must print them harmlessly. So the
     * fixture is read with stand-ins for ESC and BEL, which are then put back.
     */
    static List<Project> controlCharacters() {
        String json = text(CONTROL_CHARACTERS).replace("\\u001b", STAND_IN_ESC).replace("\\u0007", STAND_IN_BEL);
        return read(new StringReader(json), CONTROL_CHARACTERS).stream().map(project -> project
                .withKey(project.key().withName(controls(project.key().name())))
                .withGoals(new Goals(controls(project.goals().overall()), controls(project.goals().annual()),
                        controls(project.goals().actualSummary())))).toList();
    }

    private static String controls(String text) {
        return text.replace(STAND_IN_ESC, "\u001b").replace(STAND_IN_BEL, "\u0007");
    }

    private static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Project> read(String name) {
        return read(new StringReader(text(name)), name);
    }

    private static List<Project> read(Reader json, String name) {
        try (Reader in = json) {
            Reading reading = new JsonReader().read(in, name);
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

    /** A form as {@link Reports} reviews it: the stage its data shows, under national-2020. */
    static Form form(Project project) {
        return form(ProjectYear.ofForm(project), ProjectYear.ofForm(project).latest().kind());
    }

    /** One stage of a year as {@link Reports} reviews it, under national-2020. */
    static Form form(ProjectYear year, StageKind stage) {
        return new Form(year, stage, new StageReviewer(RuleSets.national2020()).review(year, stage), RuleSets.national2020());
    }
}
