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

    /** What a year's row keeps of its review, as the columns hold it. */
    record Results(String stage, String light, String total, String grade, int errors, int warnings) {
    }

    private final Map<RuleSet, StageReviewer> reviewers = new ConcurrentHashMap<>();

    /** The year's results under {@code rules}. */
    Results of(ProjectYear year, RuleSet rules) {
        return of(year, reviewers.computeIfAbsent(rules, StageReviewer::new));
    }

    /** The same with the reviewer at hand: an import reviews every new year under one set. */
    static Results of(ProjectYear year, StageReviewer reviewer) {
        StageReview latest = reviewer.review(year);
        Optional<Light> light = latest.stage() == StageKind.MONITORING ? latest.light()
                : year.monitoring().flatMap(monitored -> reviewer.review(year, StageKind.MONITORING).light());
        return new Results(latest.stage().key(), light.map(Light::key).orElse(null),
                ProjectRow.text(latest.scorecard().total()), latest.scorecard().grade().map(Grade::name).orElse(null),
                latest.errors().size(), latest.warnings().size());
    }

    /** Binds {@code :stage, :light, :total, :grade, :errors, :warnings} to the year's review under {@code rules}. */
    void bind(Update statement, ProjectYear year, RuleSet rules) {
        Results results = of(year, rules);
        statement.bind("stage", results.stage()).bind("light", results.light()).bind("total", results.total())
                .bind("grade", results.grade()).bind("errors", results.errors()).bind("warnings", results.warnings());
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
