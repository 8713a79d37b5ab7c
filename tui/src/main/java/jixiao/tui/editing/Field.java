package jixiao.tui.editing;

import jixiao.domain.project.Project;

/**
 * A cell of the form itself: it reads its text from a project and writes typed text back, giving a
 * new project. Every screen edits through cells, so live previews, undo and saving work the same
 * for an actual, a funding amount or the project's name.
 */
public interface Field extends Cell {

    String read(Project project);

    /** The project with this field set to {@code text}; refuses text the form cannot hold. */
    Project write(Project project, String text) throws InvalidEntry;

    @Override
    default String read(FormEntry entry) {
        return read(entry.form());
    }

    @Override
    default FormEntry write(FormEntry entry, String text) throws InvalidEntry {
        return entry.withForm(write(entry.form(), text));
    }
}
