package jixiao.storage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import jixiao.domain.check.Reviewer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.storage.file.FileHead;
import jixiao.storage.file.Overwrite;
import jixiao.storage.file.SafeFile;

/**
 * Reports in the official layouts: each project as the form of its kind (财政项目支出绩效自评表 or
 * 财政项目支出绩效目标申报表), with the figures of the given rule set and its findings under it, and
 * when there are several, first the 汇总表 of each unit and year. The one entry point for the command
 * line and the text UI.
 */
public final class Reports {

    /** How much of a file tells whether jixiao wrote it. */
    private static final int HEAD = 4096;
    /** A text report starts with a form's or a summary's title. */
    private static final Pattern TEXT_TITLES = Pattern.compile("绩效[^\\n]{0,8}表");

    /** The width of a text report where nobody says otherwise: a terminal's is not known off a terminal. */
    public static final int TEXT_WIDTH = 100;

    private final Function<Project, RuleSet> rulesOf;
    private final Map<RuleSet, Reviewer> reviewers = new HashMap<>();
    private final int textWidth;

    public Reports(RuleSet rules) {
        this(rules, TEXT_WIDTH);
    }

    /** Reports whose text fits {@code textWidth} terminal columns. */
    public Reports(RuleSet rules, int textWidth) {
        this(project -> rules, textWidth);
    }

    /** Each project under its own rule set (stored projects keep theirs), in text {@code textWidth} columns wide. */
    public Reports(Function<Project, RuleSet> rulesOf, int textWidth) {
        this.rulesOf = rulesOf;
        this.textWidth = textWidth;
    }

    /** Writes the report of {@code projects} in {@code format} to {@code out}; does not close it. */
    public void write(List<Project> projects, ReportFormat format, OutputStream out) throws IOException {
        List<Grid> grids = grids(projects);
        switch (format) {
            case XLSX -> XlsxReport.write(grids, out);
            case HTML -> out.write(HtmlReport.page(title(projects), grids).getBytes(StandardCharsets.UTF_8));
            default -> out.write((String.join("\n", text(grids)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /**
     * Writes the report to a file through {@link SafeFile}: whole or not at all, replacing a report
     * jixiao wrote before, any other file only when {@code force} (a database never).
     */
    public void write(List<Project> projects, ReportFormat format, Path file, boolean force) {
        SafeFile.write(file, Overwrite.ifWritten(new Bilingual("报告", "a report"), Reports::wrote, force),
                out -> write(projects, format, out));
    }

    /** Whether a file is a report jixiao wrote, in any format: its workbook's application, its page's generator, its forms' titles. */
    static boolean wrote(Path file) {
        String head = FileHead.text(file, HEAD);
        return FileHead.isWorkbookWrittenBy(file, XlsxReport.APPLICATION) || head.contains(HtmlReport.GENERATOR)
                || TEXT_TITLES.matcher(head).find();
    }

    /** The text report as lines, for a view that shows it on screen. */
    public List<String> lines(List<Project> projects) {
        return text(grids(projects));
    }

    /** The summaries first when there are several forms, then one form per project in the order given. */
    private List<Grid> grids(List<Project> projects) {
        List<Form> forms = projects.stream().map(this::form).toList();
        List<Grid> grids = new ArrayList<>();
        if (forms.size() > 1) {
            grids.addAll(SummaryLayout.of(forms));
        }
        forms.stream().map(FormLayout::of).forEach(grids::add);
        return grids;
    }

    private Form form(Project project) {
        RuleSet rules = rulesOf.apply(project);
        return new Form(project, reviewers.computeIfAbsent(rules, Reviewer::new).review(project), rules);
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

    private static String title(List<Project> projects) {
        return projects.size() == 1 ? projects.get(0).key().year() + " " + projects.get(0).key().name()
                : "项目支出绩效报告（" + projects.size() + " 个项目）";
    }
}
