package jixiao.domain.trend;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import jixiao.domain.project.Indicator;

/**
 * One indicator of a trend, row by row across the years: its categories and name as the latest
 * year writes them, and each year's row (target and actual), where that year has it.
 */
public record TrendIndicator(String level1, String level2, String name, SortedMap<Integer, Indicator> byYear) {

    public TrendIndicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    public Optional<Indicator> in(int year) {
        return Optional.ofNullable(byYear.get(year));
    }
}
