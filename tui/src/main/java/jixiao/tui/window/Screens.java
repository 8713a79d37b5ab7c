package jixiao.tui.window;

import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import java.util.Optional;
import java.util.concurrent.Executor;
import jixiao.domain.language.Language;
import jixiao.domain.register.Projects;
import jixiao.tui.ReportWriter;

/** The way into the screens from outside this package: the first screen, ready to be shown. */
public final class Screens {

    private Screens() {
    }

    /**
     * The register screen on {@code gui}, loading the projects with {@code worker}. Tests pass an
     * executor that runs at once; results still reach the screen through the GUI thread.
     */
    public static Window start(WindowBasedTextGUI gui, Projects projects, Language language, Executor worker) {
        return start(gui, projects, language, worker, Optional.empty());
    }

    /** The same, with a way to write reports ({@code r} on a project's screens). */
    public static Window start(WindowBasedTextGUI gui, Projects projects, Language language, Executor worker,
            Optional<ReportWriter> reports) {
        Session session = new Session(projects, language, gui, new Background(worker, gui.getGUIThread()), reports);
        ProjectsWindow register = new ProjectsWindow(session);
        register.load();
        return register;
    }
}
