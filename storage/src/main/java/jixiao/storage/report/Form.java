package jixiao.storage.report;

import java.util.Objects;
import jixiao.domain.project.Project;
import jixiao.domain.review.StageReview;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/** One stage of a project-year to print, with its review (and lights) under the rule set that produced them. */
record Form(ProjectYear year, StageKind stage, StageReview review, RuleSet rules) {

    Form {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(rules, "rules");
    }

    /** The form the stage is printed on. */
    Project project() {
        return review.form();
    }

    boolean isSelfEvaluation() {
        return stage == StageKind.SELF_EVALUATION;
    }
}
