package jixiao.domain.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.domain.target.Actual;

/**
 * One project's form: who and what it is, its money, its goals and its indicators in order, and
 * (for forms that came from elsewhere) the figures its authors printed.
 */
public record Project(ProjectKey key, Profile profile, Funding funding, Goals goals,
        List<Indicator> indicators, Published published) {

    public Project {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(published, "published");
        indicators = List.copyOf(indicators);
    }

    /**
     * A form is a self-evaluation once it has an executed amount or any actual value; otherwise it
     * is a declaration.
     */
    public FormKind kind() {
        boolean executed = funding.lines().values().stream()
                .anyMatch(line -> line.executed().isPresent());
        boolean actuals = indicators.stream()
                .anyMatch(indicator -> !(indicator.actual() instanceof Actual.Missing));
        return executed || actuals ? FormKind.SELF_EVALUATION : FormKind.DECLARATION;
    }

    public Project withIndicators(List<Indicator> changed) {
        return new Project(key, profile, funding, goals, changed, published);
    }

    public Project withIndicator(int index, Indicator changed) {
        List<Indicator> copy = new ArrayList<>(indicators);
        copy.set(index, changed);
        return withIndicators(copy);
    }

    public Project withFunding(Funding changed) {
        return new Project(key, profile, changed, goals, indicators, published);
    }

    public Project withKey(ProjectKey changed) {
        return new Project(changed, profile, funding, goals, indicators, published);
    }

    public Project withProfile(Profile changed) {
        return new Project(key, changed, funding, goals, indicators, published);
    }

    public Project withGoals(Goals changed) {
        return new Project(key, profile, funding, changed, indicators, published);
    }
}
