package jixiao.domain.review;

import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.monitoring.Monitor;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageChecks;
import jixiao.domain.stage.StageKind;

/**
 * Reviews one stage of a project-year under one rule set, as the stage it is: its form scored and
 * checked as that stage's paper ({@link Reviewer#review(jixiao.domain.project.Project, FormKind)}: a
 * self-evaluation just started is still one), what the stage adds ({@link StageChecks}), and for a
 * monitoring return its lights ({@link Monitor}). The one home of "what is found on a stage", for
 * the register's cached counts, {@code check}, {@code show}, reports and the text UI.
 */
public final class StageReviewer {

    private final Reviewer reviewer;
    private final Monitor monitor;

    public StageReviewer(RuleSet rules) {
        this.reviewer = new Reviewer(rules);
        this.monitor = new Monitor(rules);
    }

    public RuleSet rules() {
        return reviewer.rules();
    }

    /** The latest stage: where the year is now. */
    public StageReview review(ProjectYear year) {
        return review(year, year.latest().kind());
    }

    /** One stage of the year; the year must have it. */
    public StageReview review(ProjectYear year, StageKind kind) {
        Stage stage = year.stage(kind).orElseThrow(() -> new IllegalArgumentException("the year has no " + kind.key()));
        Project form = year.form(kind).orElseThrow();
        if (stage instanceof SelfEvaluation) {
            return new StageReview(kind, form, reviewer.review(form, FormKind.SELF_EVALUATION), Optional.empty(), List.of());
        }
        Review targets = reviewer.review(form, FormKind.DECLARATION);
        if (stage instanceof MonitoringReturn monitored) {
            MonitoringReview lights = monitor.review(monitored);
            return new StageReview(kind, form, targets, Optional.of(lights), List.of());
        }
        if (stage instanceof Adjustment adjusted) {
            return new StageReview(kind, form, targets, Optional.empty(), StageChecks.of(adjusted));
        }
        return new StageReview(kind, form, targets, Optional.empty(), StageChecks.of((Declaration) stage));
    }
}
