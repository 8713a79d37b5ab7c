package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;

/**
 * One place on a project's screens a person types into: it reads its text from what is typed
 * ({@link FormEntry}) and writes typed text back. Most are {@link Field}s of the form; the
 * declaration's whole-project funding is the stage's ({@link WholeProjectField}).
 */
public interface Cell {

    /** The label as the given form prints it. */
    Bilingual label(FormKind form);

    String read(FormEntry entry);

    /** The entry with this cell set to {@code text}; refuses text the cell cannot hold. */
    FormEntry write(FormEntry entry, String text) throws InvalidEntry;

    /** Whether line breaks belong in it (goals, notes); elsewhere a pasted line break becomes a space. */
    default boolean isMultiLine() {
        return false;
    }
}
