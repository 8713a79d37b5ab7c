package jixiao.tui.window;

import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import java.util.Optional;
import java.util.concurrent.Executor;
import jixiao.domain.language.Language;
import jixiao.domain.register.Projects;
import jixiao.tui.ReportWriter;
import jixiao.tui.RuleSetWriter;

/** The way into the screens from outside this package: the first screen, ready to be shown. */
public final class Screens {

    private Screens() {
    }

    /**
     * The register screen on {@code gui}, loading the projects with {@code worker}. Tests pass an
     * executor that runs at once; results still reach the screen through the GUI thread.
     */
    public static Window start(WindowBasedTextGUI gui, Projects projects, Language language, Executor worker) {
        return start(gui, projects, language, worker, Optional.empty(), Optional.empty());
    }

    /** The same, with ways to write reports (Ctrl-P on a project's screens) and rule sets (Ctrl-S on the rules screen). */
    public static Window start(WindowBasedTextGUI gui, Projects projects, Language language, Executor worker,
            Optional<ReportWriter> reports, Optional<RuleSetWriter> ruleSets) {
        Session session = new Session(projects, language, gui, new Background(worker, gui.getGUIThread()), reports,
                ruleSets);
        ProjectsWindow register = new ProjectsWindow(session);
        register.load();
        return register;
    }
}
