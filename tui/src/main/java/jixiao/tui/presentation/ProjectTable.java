package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FormKind;
import jixiao.domain.register.ProjectSummary;
import jixiao.tui.words.Words;

/**
 * The register as a table: year, unit, name, form, total, grade, errors/warnings.
 *
 * <pre>
 * 年度 单位               项目名称                         表   总分   等级 错/醒
 * 2024 上海市医药集中招… 财务专项审计和资产评估鉴定费     自评  99.32 优    0/2
 * </pre>
 */
public final class ProjectTable {

    private static final int NARROWEST = 80;

    private final Language language;
    private final int unit;
    private final int name;

    public ProjectTable(Language language, int width) {
        this.language = language;
        int extra = Math.max(0, width - NARROWEST);
        this.unit = 18 + extra / 3;
        this.name = 31 + extra - extra / 3;
    }

    public Line header() {
        return Line.of(Columns.fit(Words.YEAR.in(language), 4) + " " + Columns.fit(Words.UNIT.in(language), unit) + " "
                + Columns.fit(Words.NAME.in(language), name) + " " + Columns.fit(Words.KIND.in(language), 4) + " "
                + Columns.fitRight(Words.TOTAL.in(language), 6) + " " + Columns.fit(Words.GRADE.in(language), 4) + " "
                + Columns.fitRight(Words.ERRORS_WARNINGS_SHORT.in(language), 7), Tone.HEADING);
    }

    public List<Line> rows(List<ProjectSummary> projects, Viewport viewport, int selected) {
        List<Line> lines = new ArrayList<>();
        for (int i = viewport.top(); i < viewport.end(projects.size()); i++) {
            ProjectSummary project = projects.get(i);
            Tone tone = i == selected ? Tone.SELECTED : project.errors() > 0 ? Tone.ERROR : Tone.NORMAL;
            lines.add(Line.of(row(project), tone));
        }
        return lines;
    }

    private String row(ProjectSummary project) {
        String kind = (project.kind() == FormKind.DECLARATION ? Words.DECLARATION_SHORT : Words.SELF_EVALUATION_SHORT).in(language);
        String total = project.total().map(t -> t.toPlainString()).orElse("");
        String grade = project.grade().map(g -> g.label().in(language)).orElse("");
        return Columns.fit(String.valueOf(project.key().year()), 4) + " " + Columns.fit(project.key().unit(), unit) + " "
                + Columns.fit(project.key().name(), name) + " " + Columns.fit(kind, 4) + " " + Columns.fitRight(total, 6)
                + " " + Columns.fit(grade, 4) + " " + Columns.fitRight(project.errors() + "/" + project.warnings(), 7);
    }

    /** Whether a project matches what was typed after {@code /}: in its name or unit, ignoring case. */
    public static boolean matches(ProjectSummary project, String search) {
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || project.key().name().toLowerCase(Locale.ROOT).contains(wanted)
                || project.key().unit().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
