package jixiao.storage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/**
 * Reports in the official layouts: each project as the form of its kind (财政项目支出绩效自评表 or
 * 财政项目支出绩效目标申报表), with the figures of the given rule set and its findings under it, and
 * when there are several, first the 汇总表 of each unit and year. The one entry point for the command
 * line and the text UI.
 */
public final class Reports {

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
     * Writes the report to a file, replacing it only once it is whole: it is written beside it
     * under a temporary name first, so a full disk or a killed process leaves the old file.
     */
    public void write(List<Project> projects, ReportFormat format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                write(projects, format, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
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
