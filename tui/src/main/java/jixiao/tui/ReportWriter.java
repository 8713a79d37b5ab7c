package jixiao.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/**
 * Writes a project's official-layout report and says where: the program supplies it (reports
 * live with the file formats in storage), so the UI needs no file code of its own.
 */
@FunctionalInterface
public interface ReportWriter {

    /** The files written, for the UI to name. Called off the GUI thread. */
    List<Path> write(Project project, RuleSet rules) throws IOException;
}
