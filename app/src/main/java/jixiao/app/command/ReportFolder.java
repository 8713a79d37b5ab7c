package jixiao.app.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.storage.report.ReportFormat;
import jixiao.storage.report.Reports;
import jixiao.tui.ReportWriter;

/**
 * The text UI's reports: the workbook and the printable page of one project, written into a folder
 * (the one jixiao was started in) as {@code 2024-项目名称.xlsx} and {@code .html}. Writing again
 * replaces them: a report is always made afresh from the form. A file of that name that jixiao did
 * not write is left alone, and the UI says so.
 */
final class ReportFolder implements ReportWriter {

    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.XLSX, ReportFormat.HTML);

    private final Path folder;

    ReportFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<Path> write(Project project, RuleSet rules) throws IOException {
        Reports reports = new Reports(rules);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : FORMATS) {
            Path file = folder.resolve(fileName(project) + "." + format.extension());
            reports.write(List.of(project), format, file, false);
            written.add(file);
        }
        return written;
    }

    /** The year and name, with what file systems refuse (Windows' most of all) replaced by {@code _}. */
    static String fileName(Project project) {
        return (project.key().year() + "-" + project.key().name()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
