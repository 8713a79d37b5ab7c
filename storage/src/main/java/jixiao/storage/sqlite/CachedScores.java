package jixiao.storage.sqlite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Grade;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The result of a project's last scoring, kept in its row so that a list of thousands needs no
 * rescoring: kind, total, grade and finding counts, always under the project's own stored rule set.
 */
final class CachedScores {

    private final Map<RuleSet, Reviewer> reviewers = new ConcurrentHashMap<>();

    /** Binds {@code :kind, :total, :grade, :errors, :warnings} to the project's review under {@code rules}. */
    void bind(Update statement, Project project, RuleSet rules) {
        Review review = reviewers.computeIfAbsent(rules, Reviewer::new).review(project);
        statement.bind("kind", review.scorecard().kind().name())
                .bind("total", ProjectRow.text(review.scorecard().total()))
                .bind("grade", review.scorecard().grade().map(Grade::name).orElse(null))
                .bind("errors", review.errors().size()).bind("warnings", review.warnings().size());
    }

    /** Rescores one project; true when its cached result changed. */
    boolean refresh(Handle handle, long id, Project project, RuleSet rules) {
        Update update = handle.createUpdate("UPDATE project SET kind = :kind, total = :total, grade = :grade,"
                + " errors = :errors, warnings = :warnings WHERE id = :id"
                + " AND NOT (kind IS :kind AND total IS :total AND grade IS :grade AND errors = :errors"
                + " AND warnings = :warnings)");
        bind(update, project, rules);
        return update.bind("id", id).execute() > 0;
    }
}
