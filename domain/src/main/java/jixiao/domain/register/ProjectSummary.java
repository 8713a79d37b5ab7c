package jixiao.domain.register;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.monitoring.Light;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.scoring.Grade;
import jixiao.domain.stage.StageKind;

/**
 * One line of the project list: a project-year, who and what, the stage it has reached, and the
 * results of its last review, so that a list of thousands needs no rescoring or relighting: the
 * monitoring return's project light (none without a return, or while nothing lights it), the
 * self-evaluation's total and grade (none before one), and the latest stage's finding counts.
 */
public record ProjectSummary(long id, ProjectKey key, StageKind stage, Optional<Light> light,
        Optional<BigDecimal> total, Optional<Grade> grade, int errors, int warnings, int indicators, Revision revision) {

    public ProjectSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(light, "light");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(revision, "revision");
    }

    /** The kind of paper the latest stage's form is: a self-evaluation's, or targets. */
    public FormKind kind() {
        return stage.formKind();
    }
}
