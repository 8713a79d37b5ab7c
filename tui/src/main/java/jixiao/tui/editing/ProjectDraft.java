package jixiao.tui.editing;

import jixiao.domain.register.StoredProject;

/**
 * What saving and undoing need of any open project's draft (its form, {@link Draft}, or its
 * monitoring return, {@link MonitoringDraft}): the version last saved, whether it differs, undo,
 * and taking a stored version as the new starting point.
 */
public interface ProjectDraft {

    StoredProject saved();

    boolean isDirty();

    boolean canUndo();

    void undo();

    /** The store took the draft (or another version, after a conflict): edits continue from it. */
    void savedAs(StoredProject stored);

    /** Throws the draft away for what the store holds now (undo brings it back). */
    void reload(StoredProject stored);
}
