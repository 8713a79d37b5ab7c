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

    /** What a project's row keeps of its review, as the columns hold it. */
    record Results(String kind, String total, String grade, int errors, int warnings) {
    }

    private final Map<RuleSet, Reviewer> reviewers = new ConcurrentHashMap<>();

    /** The project's results under {@code rules}. */
    Results of(Project project, RuleSet rules) {
        return of(project, reviewers.computeIfAbsent(rules, Reviewer::new));
    }

    /** The same with the reviewer at hand: an import reviews every project under one set. */
    static Results of(Project project, Reviewer reviewer) {
        Review review = reviewer.review(project);
        return new Results(review.scorecard().kind().name(), ProjectRow.text(review.scorecard().total()),
                review.scorecard().grade().map(Grade::name).orElse(null), review.errors().size(),
                review.warnings().size());
    }

    /** Binds {@code :kind, :total, :grade, :errors, :warnings} to the project's review under {@code rules}. */
    void bind(Update statement, Project project, RuleSet rules) {
        Results results = of(project, rules);
        statement.bind("kind", results.kind()).bind("total", results.total()).bind("grade", results.grade())
                .bind("errors", results.errors()).bind("warnings", results.warnings());
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
