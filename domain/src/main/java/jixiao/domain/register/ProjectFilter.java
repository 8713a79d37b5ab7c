package jixiao.domain.register;

import java.util.Objects;
import java.util.Optional;

/** Which projects to list: all, or those of one year, one unit, or both. */
public record ProjectFilter(Optional<Integer> year, Optional<String> unit) {

    public static final ProjectFilter ALL = new ProjectFilter(Optional.empty(), Optional.empty());

    public ProjectFilter {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(unit, "unit");
    }
}
