package jixiao.domain.register;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.scoring.Grade;

/**
 * One line of the project list: who and what, and the result of its last scoring, so that a list
 * of thousands needs no rescoring. A declaration has no total or grade.
 */
public record ProjectSummary(long id, ProjectKey key, FormKind kind, Optional<BigDecimal> total,
        Optional<Grade> grade, int errors, int warnings, int indicators, Revision revision) {

    public ProjectSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(revision, "revision");
    }
}
