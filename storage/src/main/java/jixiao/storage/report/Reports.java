package jixiao.storage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/**
 * Reports in the official layouts: each project as the form of its kind (财政项目支出绩效自评表 or
 * 财政项目支出绩效目标申报表), with the figures of the given rule set, and a summary (project, total,
 * grade, errors) when there are several. The one entry point for the command line and the text UI.
 */
public final class Reports {

    private final Reviewer reviewer;

    public Reports(RuleSet rules) {
        this.reviewer = new Reviewer(rules);
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

    /** Writes the report to a file, replacing it. */
    public void write(List<Project> projects, ReportFormat format, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(projects, format, out);
        }
    }

    /** The text report as lines, for a view that shows it on screen. */
    public List<String> lines(List<Project> projects) {
        return text(grids(projects));
    }

    /** The summary first when there are several forms, then one form per project in the order given. */
    private List<Grid> grids(List<Project> projects) {
        List<Review> reviews = projects.stream().map(reviewer::review).toList();
        List<Grid> grids = new ArrayList<>();
        if (projects.size() > 1) {
            grids.add(SummaryLayout.of(projects, reviews));
        }
        for (int i = 0; i < projects.size(); i++) {
            grids.add(FormLayout.of(projects.get(i), reviews.get(i)));
        }
        return grids;
    }

    private static List<String> text(List<Grid> grids) {
        List<String> lines = new ArrayList<>();
        for (Grid grid : grids) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(TextReport.lines(grid));
        }
        return lines;
    }

    private static String title(List<Project> projects) {
        return projects.size() == 1 ? projects.get(0).key().year() + " " + projects.get(0).key().name()
                : "项目支出绩效报告（" + projects.size() + " 个项目）";
    }
}
