package jixiao.tui.editing;

import java.util.function.Function;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.FormField;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.tui.words.Words;

/** The header of the form: who and what the project is, its dates and its goals. */
public enum ProjectField implements Field {
    YEAR(FormField.YEAR, project -> String.valueOf(project.key().year()),
            (project, text) -> project.withKey(project.key().withYear(year(text)))),
    NAME(FormField.NAME, project -> project.key().name(),
            (project, text) -> project.withKey(project.key().withName(name(text)))),
    CODE(FormField.CODE, project -> project.key().code(),
            (project, text) -> project.withKey(project.key().withCode(text.strip()))),
    UNIT(FormField.UNIT, project -> project.key().unit(),
            (project, text) -> project.withKey(project.key().withUnit(text.strip()))),
    DEPARTMENT(FormField.DEPARTMENT, project -> project.profile().department(),
            (project, text) -> project.withProfile(project.profile().withDepartment(text.strip()))),
    NATURE(FormField.NATURE, project -> project.profile().nature(),
            (project, text) -> project.withProfile(project.profile().withNature(text.strip()))),
    CATEGORY(FormField.CATEGORY, project -> project.profile().category(),
            (project, text) -> project.withProfile(project.profile().withCategory(text.strip()))),
    START(FormField.START, project -> project.profile().start(),
            (project, text) -> project.withProfile(project.profile().withStart(Typed.date(text)))),
    END(FormField.END, project -> project.profile().end(),
            (project, text) -> project.withProfile(project.profile().withEnd(Typed.date(text)))),
    MONEY_UNIT(FormField.MONEY_UNIT, project -> project.funding().moneyUnit(),
            (project, text) -> project.withFunding(project.funding().withMoneyUnit(text.strip()))),
    OVERALL_GOAL(FormField.OVERALL_GOAL, project -> project.goals().overall(),
            (project, text) -> project.withGoals(project.goals().withOverall(text.strip()))),
    ANNUAL_GOAL(FormField.ANNUAL_GOAL, project -> project.goals().annual(),
            (project, text) -> project.withGoals(project.goals().withAnnual(text.strip()))),
    ACTUAL_SUMMARY(FormField.ACTUAL_SUMMARY, project -> project.goals().actualSummary(),
            (project, text) -> project.withGoals(project.goals().withActualSummary(text.strip())));

    /** Typed text into a project; refuses what the field cannot hold. */
    @FunctionalInterface
    private interface Writer {
        Project write(Project project, String text) throws InvalidEntry;
    }

    private final FormField field;
    private final Function<Project, String> reader;
    private final Writer writer;

    ProjectField(FormField field, Function<Project, String> reader, Writer writer) {
        this.field = field;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public Bilingual label(FormKind form) {
        return field.label(form);
    }

    @Override
    public boolean isMultiLine() {
        return field.isMultiLine();
    }

    @Override
    public String read(Project project) {
        return reader.apply(project);
    }

    @Override
    public Project write(Project project, String text) throws InvalidEntry {
        return writer.write(project, text);
    }

    private static int year(String text) throws InvalidEntry {
        String folded = HalfWidth.of(text).strip();
        if (!ProjectKey.isYear(folded)) {
            throw new InvalidEntry(Words.YEAR_FOUR_DIGITS);
        }
        return Integer.parseInt(folded);
    }

    private static String name(String text) throws InvalidEntry {
        if (text.isBlank()) {
            throw new InvalidEntry(Words.NAME_NEEDED);
        }
        return text.strip();
    }
}
