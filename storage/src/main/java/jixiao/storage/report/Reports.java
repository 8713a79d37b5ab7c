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
import java.util.Optional;
import java.util.function.Function;
import jixiao.domain.project.Project;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/**
 * Reports in the official layouts: each stage of a project-year as its own official form
 * (财政项目支出绩效目标申报表, 项目支出绩效目标调整表, 项目支出绩效目标执行监控表, 财政项目支出绩效自评表),
 * with the figures of the given rule set and its findings under it, and when there are several, first
 * the 汇总表 of each unit and year. The one entry point for the command line and the text UI.
 */
public final class Reports {

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

    /** As {@link #write(List, Optional, ReportFormat, Path)}, for forms: each the stage its data shows. */
    public void write(List<Project> projects, ReportFormat format, Path file) throws IOException {
        write(years(projects), Optional.empty(), format, file);
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
     * Writes the report to a file, replacing it only once it is whole: it is written beside it
     * under a temporary name first, so a full disk or a killed process leaves the old file.
     */
    public void write(List<ProjectYear> years, Optional<StageKind> stage, ReportFormat format, Path file)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                write(years, stage, format, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
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
