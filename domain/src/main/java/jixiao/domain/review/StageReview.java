package jixiao.domain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Findings;
import jixiao.domain.check.Review;
import jixiao.domain.check.Severity;
import jixiao.domain.monitoring.Light;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Scorecard;
import jixiao.domain.stage.StageKind;

/**
 * What reviewing one stage found: the stage, the form it is printed on, that form's review (scored
 * as the stage's paper), the lights of a monitoring return, and the findings the stage adds to its
 * form's (an adjustment without a reason, a whole-project funding that does not add up).
 */
public record StageReview(StageKind stage, Project form, Review review,
        Optional<MonitoringReview> monitoring, List<Finding> stageFindings) {

    public StageReview {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(monitoring, "monitoring");
        stageFindings = List.copyOf(stageFindings);
    }

    public Scorecard scorecard() {
        return review.scorecard();
    }

    /** The project light of a monitoring return; empty for other stages, and while nothing lights it. */
    public Optional<Light> light() {
        return monitoring.flatMap(MonitoringReview::light);
    }

    /** Every finding: the form's, then the stage's, then the lights'. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(review.findings());
        all.addAll(stageFindings);
        monitoring.ifPresent(lights -> all.addAll(lights.findings()));
        return all;
    }

    public List<Finding> errors() {
        return Findings.of(findings(), Severity.ERROR);
    }

    public List<Finding> warnings() {
        return Findings.of(findings(), Severity.WARNING);
    }

    /** Printed figures that differ from the rules' (self-evaluations that came from elsewhere). */
    public List<Finding> mismatches() {
        return review.mismatches();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }
}
