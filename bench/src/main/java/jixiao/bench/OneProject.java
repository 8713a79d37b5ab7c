package jixiao.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;

/** A register of one project in memory: the UI benchmark measures screens, not SQLite. */
final class OneProject implements Projects {

    private final StoredProject stored;

    OneProject(Project project) {
        this.stored = new StoredProject(1, new Revision(1, Instant.EPOCH, "bench"), RuleSets.national2020(), project);
    }

    @Override
    public List<ProjectSummary> list(ProjectFilter filter) {
        Review review = new Reviewer(RuleSets.national2020()).review(stored.project());
        return List.of(new ProjectSummary(1, stored.project().key(), stored.project().kind(), review.scorecard().total(),
                review.scorecard().grade(), review.errors().size(), review.warnings().size(),
                stored.project().indicators().size(), stored.revision()));
    }

    @Override
    public Optional<StoredProject> find(long id) {
        return id == 1 ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public Optional<StoredProject> find(ProjectKey key) {
        return key.equals(stored.project().key()) ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public StoredProject put(Project project, RuleSet ruleSet) {
        throw new UnsupportedOperationException("the benchmark only reads");
    }

    @Override
    public StoredProject update(long id, Revision editedFrom, Project changed) {
        throw new UnsupportedOperationException("the benchmark only reads");
    }

    @Override
    public void delete(long id, Revision editedFrom) {
        throw new UnsupportedOperationException("the benchmark only reads");
    }
}
