package jixiao.storage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.file.FileHead;
import jixiao.storage.file.Overwrite;
import jixiao.storage.file.SafeFile;

/**
 * Reports in the official layouts: each stage of a project-year as its own official form
 * (财政项目支出绩效目标申报表, 项目支出绩效目标调整表, 项目支出绩效目标执行监控表, 财政项目支出绩效自评表),
 * with the figures of the given rule set and its findings under it, and when there are several, first
 * the 汇总表 of each unit and year. The one entry point for the command line and the text UI.
 */
public final class Reports {

    /** How much of a file tells whether jixiao wrote it. */
    private static final int HEAD = 4096;
    /** A text report starts with a form's or a summary's title. */
    private static final Pattern TEXT_TITLES = Pattern.compile("绩效[^\\n]{0,8}表");

    /** The width of a text report where nobody says otherwise: a terminal's is not known off a terminal. */
    public static final int TEXT_WIDTH = 100;

    private final Function<ProjectYear, RuleSet> rulesOf;
    private final Map<RuleSet, StageReviewer> reviewers = new HashMap<>();
    private final int textWidth;

    public Reports(RuleSet rules) {
        this(rules, TEXT_WIDTH);
    }

    /** Reports whose text fits {@code textWidth} terminal columns. */
    public Reports(RuleSet rules, int textWidth) {
        this(year -> rules, textWidth);
    }

    /** Each year under its own rule set (stored years keep theirs), in text {@code textWidth} columns wide. */
    public Reports(Function<ProjectYear, RuleSet> rulesOf, int textWidth) {
        this.rulesOf = rulesOf;
        this.textWidth = textWidth;
    }

    /** Writes the report of forms (each the stage its data shows) in {@code format} to {@code out}; does not close it. */
    public void write(List<Project> projects, ReportFormat format, OutputStream out) throws IOException {
        write(years(projects), Optional.empty(), format, out);
    }

    /** As {@link #write(List, Optional, ReportFormat, Path, boolean)}, for forms: each the stage its data shows. */
    public void write(List<Project> projects, ReportFormat format, Path file, boolean force) {
        write(years(projects), Optional.empty(), format, file, force);
    }

    /** The text report of forms as lines, for a view that shows it on screen. */
    public List<String> lines(List<Project> projects) {
        return lines(years(projects), Optional.empty());
    }

    /**
     * Writes the report of one stage of each year (its latest, where {@code stage} is empty) in
     * {@code format} to {@code out}; does not close it. Every year must have the stage.
     */
    public void write(List<ProjectYear> years, Optional<StageKind> stage, ReportFormat format, OutputStream out)
            throws IOException {
        List<Grid> grids = grids(years, stage);
        switch (format) {
            case XLSX -> XlsxReport.write(grids, out);
            case HTML -> out.write(HtmlReport.page(title(years), grids).getBytes(StandardCharsets.UTF_8));
            default -> out.write((String.join("\n", text(grids)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /**
     * Writes the report to a file through {@link SafeFile}: whole or not at all, replacing a report
     * jixiao wrote before, any other file only when {@code force} (a database never).
     */
    public void write(List<ProjectYear> years, Optional<StageKind> stage, ReportFormat format, Path file, boolean force) {
        SafeFile.write(file, Overwrite.ifWritten(new Bilingual("报告", "a report"), Reports::wrote, force),
                out -> write(years, stage, format, out));
    }

    /** Whether a file is a report jixiao wrote, in any format: its workbook's application, its page's generator, its forms' titles. */
    static boolean wrote(Path file) {
        String head = FileHead.text(file, HEAD);
        return FileHead.isWorkbookWrittenBy(file, XlsxReport.APPLICATION) || head.contains(HtmlReport.GENERATOR)
                || TEXT_TITLES.matcher(head).find();
    }

    /** The text report of one stage of each year as lines. */
    public List<String> lines(List<ProjectYear> years, Optional<StageKind> stage) {
        return text(grids(years, stage));
    }

    private static List<ProjectYear> years(List<Project> projects) {
        return projects.stream().map(ProjectYear::ofForm).toList();
    }

    /**
     * The summaries first when there are several forms (of declarations and self-evaluations; a
     * monitoring return's summary is the watch list of {@code jixiao list}), then one form per year in
     * the order given.
     */
    private List<Grid> grids(List<ProjectYear> years, Optional<StageKind> stage) {
        List<Form> forms = years.stream().map(year -> form(year, stage.orElse(year.latest().kind()))).toList();
        List<Grid> grids = new ArrayList<>();
        List<Form> summarised = forms.stream()
                .filter(form -> form.stage() == StageKind.DECLARATION || form.stage() == StageKind.SELF_EVALUATION).toList();
        if (forms.size() > 1 && !summarised.isEmpty()) {
            grids.addAll(SummaryLayout.of(summarised));
        }
        forms.stream().map(FormLayout::of).forEach(grids::add);
        return grids;
    }

    private Form form(ProjectYear year, StageKind stage) {
        RuleSet rules = rulesOf.apply(year);
        return new Form(year, stage, reviewers.computeIfAbsent(rules, StageReviewer::new).review(year, stage), rules);
    }

    private List<String> text(List<Grid> grids) {
        List<String> lines = new ArrayList<>();
        for (Grid grid : grids) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(TextReport.lines(grid, textWidth));
        }
        return lines;
    }

    private static String title(List<ProjectYear> years) {
        return years.size() == 1 ? years.get(0).key().year() + " " + years.get(0).key().name()
                : "项目支出绩效报告（" + years.size() + " 个项目）";
    }
}
