package jixiao.domain.register;

import java.util.Objects;
import java.util.Optional;
import jixiao.domain.monitoring.Light;
import jixiao.domain.stage.StageKind;

/**
 * Which project-years to list: all, or those of one year, one unit, at one stage (their latest),
 * with one monitoring light (their monitoring return's project light), or any of these together:
 * {@code --stage monitoring --light red} is the finance bureau's watch list.
 */
public record ProjectFilter(Optional<Integer> year, Optional<String> unit, Optional<StageKind> stage,
        Optional<Light> light) {

    public static final ProjectFilter ALL = new ProjectFilter(Optional.empty(), Optional.empty());

    public ProjectFilter {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(light, "light");
    }

    /** Every stage and light of a year, a unit, or both. */
    public ProjectFilter(Optional<Integer> year, Optional<String> unit) {
        this(year, unit, Optional.empty(), Optional.empty());
    }
}
