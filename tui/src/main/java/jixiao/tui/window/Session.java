package jixiao.tui.window;

import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import jixiao.tui.ReportWriter;
import jixiao.tui.RuleSetWriter;

/** What every screen shares: the register, the language, the GUI, the worker for slow work, the file writers. */
record Session(Projects projects, Language language, WindowBasedTextGUI gui, Background background,
        Optional<ReportWriter> reports, Optional<RuleSetWriter> ruleSets) {

    Session {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(gui, "gui");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(ruleSets, "ruleSets");
    }

    /** The project as stored now; call it off the GUI thread. */
    StoredProject stored(long id) {
        return projects.find(id).orElseThrow(() -> new MissingProjectException("#" + id));
    }

    /**
     * Closes every screen of the open project and opens it again as {@code stored} is now (a stage
     * started: its paper may be another), on its monitoring return when {@code monitoring}, saying {@code said}.
     */
    void reopen(StoredProject stored, boolean monitoring, Bilingual said) {
        ProjectsWindow register = null;
        for (Window window : new ArrayList<>(gui.getWindows())) {
            if (window instanceof ProjectsWindow projects) {
                register = projects;
            } else {
                window.close();
            }
        }
        Objects.requireNonNull(register, "the register is always the first screen").setVisible(true);
        gui.setActiveWindow(register);
        register.load();
        register.open(stored.id(), monitoring, Optional.of(said));
    }

    /**
     * Shows a screen over the current one. Every screen fills the terminal, so the one beneath is
     * hidden: Lanterna would otherwise draw every window of the stack on every key.
     */
    void open(ScreenWindow window) {
        Window beneath = gui.getActiveWindow();
        if (beneath != null) {
            beneath.setVisible(false);
        }
        gui.addWindow(window);
        gui.setActiveWindow(window);
    }
}
