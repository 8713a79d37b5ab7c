package jixiao.storage.sqlite;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jixiao.domain.monitoring.Light;
import jixiao.domain.review.StageReview;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Grade;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The results of a year's last review, kept in its row so that a list of thousands needs no
 * rescoring or relighting: the stage reached, its monitoring return's project light, the total and
 * grade (a self-evaluation's), and the latest stage's finding counts — always under the year's own
 * stored rule set.
 */
final class CachedScores {

    private final Map<RuleSet, StageReviewer> reviewers = new ConcurrentHashMap<>();

    /** Binds {@code :stage, :light, :total, :grade, :errors, :warnings} to the year's review under {@code rules}. */
    void bind(Update statement, ProjectYear year, RuleSet rules) {
        StageReviewer reviewer = reviewers.computeIfAbsent(rules, StageReviewer::new);
        StageReview latest = reviewer.review(year);
        Optional<Light> light = latest.stage() == StageKind.MONITORING ? latest.light()
                : year.monitoring().flatMap(monitored -> reviewer.review(year, StageKind.MONITORING).light());
        statement.bind("stage", latest.stage().key()).bind("light", light.map(Light::key).orElse(null))
                .bind("total", ProjectRow.text(latest.scorecard().total()))
                .bind("grade", latest.scorecard().grade().map(Grade::name).orElse(null))
                .bind("errors", latest.errors().size()).bind("warnings", latest.warnings().size());
    }

    /** Reviews one year again; true when its cached results changed. */
    boolean refresh(Handle handle, long id, ProjectYear year, RuleSet rules) {
        Update update = handle.createUpdate("UPDATE project SET stage = :stage, light = :light, total = :total,"
                + " grade = :grade, errors = :errors, warnings = :warnings WHERE id = :id"
                + " AND NOT (stage IS :stage AND light IS :light AND total IS :total AND grade IS :grade"
                + " AND errors = :errors AND warnings = :warnings)");
        bind(update, year, rules);
        return update.bind("id", id).execute() > 0;
    }
}
