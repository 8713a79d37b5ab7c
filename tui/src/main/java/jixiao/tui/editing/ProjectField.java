package jixiao.tui.editing;

import java.util.function.Function;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.Project;

/** The header of the form: who and what the project is, its dates and its goals. */
public enum ProjectField implements Field {
    YEAR(new Bilingual("年度", "Year"), project -> String.valueOf(project.key().year()),
            (project, text) -> project.withKey(project.key().withYear(year(text)))),
    NAME(new Bilingual("项目名称", "Project name"), project -> project.key().name(),
            (project, text) -> project.withKey(project.key().withName(name(text)))),
    CODE(new Bilingual("项目编码", "Project code"), project -> project.key().code(),
            (project, text) -> project.withKey(project.key().withCode(text.strip()))),
    UNIT(new Bilingual("实施单位", "Implementing unit"), project -> project.key().unit(),
            (project, text) -> project.withKey(project.key().withUnit(text.strip()))),
    DEPARTMENT(new Bilingual("主管部门", "Department"), project -> project.profile().department(),
            (project, text) -> project.withProfile(project.profile().withDepartment(text.strip()))),
    NATURE(new Bilingual("项目属性", "Nature"), project -> project.profile().nature(),
            (project, text) -> project.withProfile(project.profile().withNature(text.strip()))),
    CATEGORY(new Bilingual("项目类别", "Category"), project -> project.profile().category(),
            (project, text) -> project.withProfile(project.profile().withCategory(text.strip()))),
    START(new Bilingual("开始日期", "Start"), project -> project.profile().start(),
            (project, text) -> project.withProfile(project.profile().withStart(text.strip()))),
    END(new Bilingual("结束日期", "End"), project -> project.profile().end(),
            (project, text) -> project.withProfile(project.profile().withEnd(text.strip()))),
    MONEY_UNIT(new Bilingual("金额单位", "Money unit"), project -> project.funding().moneyUnit(),
            (project, text) -> project.withFunding(project.funding().withMoneyUnit(text.strip()))),
    OVERALL_GOAL(new Bilingual("总体目标", "Overall goal"), project -> project.goals().overall(),
            (project, text) -> project.withGoals(project.goals().withOverall(text.strip()))),
    ANNUAL_GOAL(new Bilingual("年度目标", "Annual goal"), project -> project.goals().annual(),
            (project, text) -> project.withGoals(project.goals().withAnnual(text.strip()))),
    ACTUAL_SUMMARY(new Bilingual("实际完成情况", "What was achieved"), project -> project.goals().actualSummary(),
            (project, text) -> project.withGoals(project.goals().withActualSummary(text.strip())));

    /** Typed text into a project; refuses what the field cannot hold. */
    @FunctionalInterface
    private interface Writer {
        Project write(Project project, String text) throws InvalidEntry;
    }

    private final Bilingual label;
    private final Function<Project, String> reader;
    private final Writer writer;

    ProjectField(Bilingual label, Function<Project, String> reader, Writer writer) {
        this.label = label;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public Bilingual label() {
        return label;
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
        if (!folded.matches("(19|20|21)\\d\\d")) {
            throw new InvalidEntry(new Bilingual("年度须为四位年份，如 2025", "the year is four digits, e.g. 2025"));
        }
        return Integer.parseInt(folded);
    }

    private static String name(String text) throws InvalidEntry {
        if (text.isBlank()) {
            throw new InvalidEntry(new Bilingual("项目名称不能为空", "a project needs a name"));
        }
        return text.strip();
    }
}
