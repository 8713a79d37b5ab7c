package jixiao.domain.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Bilingual;

/**
 * One entry of the audit history: when, by whom, what was done to which project, the project
 * before and after (absent before an insert and after a delete, or where the record cannot be
 * read), and a note where the action alone does not say why (a rule set re-pinned on purpose,
 * or replaced when the database was upgraded).
 */
public record Change(long id, Instant at, String user, Action action, long projectId,
        Optional<Snapshot> before, Optional<Snapshot> after, Optional<Bilingual> note) {

    /** What was done. */
    public enum Action {
        INSERT, UPDATE, DELETE
    }

    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(note, "note");
    }

    /** The fields that differ between before and after, each with both values; the rule set among them. */
    public List<FieldChange> fieldChanges() {
        return FieldChange.between(before, after);
    }
}
