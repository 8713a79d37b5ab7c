package jixiao.domain.trend;

import java.util.Objects;
import jixiao.domain.project.Project;

/** Another year's form of the same project, and how it was recognised. */
public record Match(Project form, MatchedBy by) {

    public Match {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(by, "by");
    }
}
