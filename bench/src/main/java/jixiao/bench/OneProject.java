package jixiao.bench;

import java.time.Instant;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.review.StageReview;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;

/** A register of one project-year in memory: the UI benchmark measures screens, not SQLite. */
final class OneProject implements Projects {

    private final StoredProject stored;

    OneProject(Project project) {
        this(ProjectYear.ofForm(project));
    }

    OneProject(ProjectYear year) {
        this.stored = new StoredProject(1, new Revision(1, Instant.EPOCH, "bench"), RuleSets.national2020(), year);
    }

    @Override
    public List<ProjectSummary> list(ProjectFilter filter) {
        StageReview review = new StageReviewer(RuleSets.national2020()).review(stored.year());
        return List.of(new ProjectSummary(1, stored.year().key(), review.stage(), review.light(),
                review.scorecard().total(), review.scorecard().grade(), review.errors().size(), review.warnings().size(),
                stored.project().indicators().size(), stored.revision()));
    }

    @Override
    public Optional<StoredProject> find(long id) {
        return id == 1 ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public Optional<StoredProject> find(ProjectKey key) {
        return key.equals(stored.year().key()) ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public StoredProject put(Project project, RuleSet ruleSet) {
        throw readOnly();
    }

    @Override
    public StoredProject put(ProjectYear year, RuleSet ruleSet) {
        throw readOnly();
    }

    @Override
    public StoredProject update(long id, Revision editedFrom, Project changed) {
        throw readOnly();
    }

    @Override
    public StoredProject update(long id, Revision editedFrom, Stage changed) {
        throw readOnly();
    }

    @Override
    public StoredProject start(long id, Revision editedFrom, StageKind kind) {
        throw readOnly();
    }

    @Override
    public StoredProject startMonitoring(long id, Revision editedFrom, Month month) {
        throw readOnly();
    }

    @Override
    public StoredProject reopen(long id, Revision editedFrom, StageKind kind, String reason) {
        throw readOnly();
    }

    @Override
    public StoredProject lock(long id, Revision editedFrom, StageKind kind) {
        throw readOnly();
    }

    @Override
    public void delete(long id, Revision editedFrom) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the benchmark only reads");
    }
}
