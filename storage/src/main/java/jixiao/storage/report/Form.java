package jixiao.storage.report;

import java.util.Objects;
import jixiao.domain.check.Review;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/** A project to print, with its review under the rule set that scored it. */
record Form(Project project, Review review, RuleSet rules) {

    Form {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(rules, "rules");
    }

    boolean isSelfEvaluation() {
        return review.scorecard().execution().isPresent();
    }
}
