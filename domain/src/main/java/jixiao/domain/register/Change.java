package jixiao.domain.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.project.Project;

/**
 * One entry of the audit history: when, by whom, what was done to which project, and the project
 * before and after (absent before an insert and after a delete).
 */
public record Change(long id, Instant at, String user, Action action, long projectId,
        Optional<Project> before, Optional<Project> after) {

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
    }

    /** The fields that differ between before and after, each with both values. */
    public List<FieldChange> fieldChanges() {
        return FieldChange.between(before, after);
    }
}
