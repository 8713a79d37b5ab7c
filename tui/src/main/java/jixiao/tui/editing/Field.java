package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;

/**
 * One thing a person can type into: it reads its text from a project and writes typed text back,
 * giving a new project. Every screen edits through fields, so live previews, undo and saving work
 * the same for an actual, a funding amount or the project's name.
 */
public interface Field {

    /** The field's label as the given form prints it. */
    Bilingual label(FormKind form);

    String read(Project project);

    /** The project with this field set to {@code text}; refuses text the form cannot hold. */
    Project write(Project project, String text) throws InvalidEntry;

    /** Whether line breaks belong in it (goals, notes); elsewhere a pasted line break becomes a space. */
    default boolean isMultiLine() {
        return false;
    }
}
