package jixiao.domain.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.domain.scoring.Scorer;

/**
 * The same project over the years, side by side: each year's form (matched by {@link SameProject}),
 * its funding, execution rate, total and grade, and each indicator's target and actual year by
 * year. Money is shown in one unit: the forms' own where they agree, else in 元 (the 2024 forms of
 * a unit print 万元, its 2025 declarations 元); where a year's unit is not one jixiao can convert,
 * each year keeps its own and {@link #moneyUnit()} is empty.
 */
public record Trend(ProjectKey subject, Optional<String> moneyUnit, List<TrendYear> years,
        List<TrendIndicator> indicators) {

    public Trend {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(moneyUnit, "moneyUnit");
        years = List.copyOf(years);
        indicators = List.copyOf(indicators);
    }

    /** The trend of {@code subject} among {@code forms} (other years' forms of any projects), oldest year first. */
    public static Trend of(Project subject, Collection<Project> forms, Scorer scorer) {
        Map<Integer, Match> matches = new TreeMap<>();
        matches.put(subject.key().year(), new Match(subject, MatchedBy.SUBJECT));
        forms.stream().map(form -> form.key().year()).distinct()
                .filter(year -> year != subject.key().year())
                .forEach(year -> SameProject.in(year, subject.key(), forms).ifPresent(match -> matches.put(year, match)));
        Optional<String> unit = commonUnit(matches.values());
        List<TrendYear> years = new ArrayList<>();
        matches.forEach((year, match) -> years.add(year(year, match, unit, scorer)));
        return new Trend(subject.key(), unit, years, indicators(years));
    }

    public Optional<TrendYear> year(int year) {
        return years.stream().filter(column -> column.year() == year).findFirst();
    }

    private static TrendYear year(int year, Match match, Optional<String> unit, Scorer scorer) {
        Scorecard card = scorer.score(match.form());
        return new TrendYear(year, match.form(), match.by(), inUnit(match.form(), unit),
                card.execution().flatMap(ExecutionScore::rate), card.total(), card.grade());
    }

    /** Rows in the latest year's order (and its wording), then rows only earlier years have, latest first. */
    private static List<TrendIndicator> indicators(List<TrendYear> years) {
        Map<String, Indicator> named = new LinkedHashMap<>();
        Map<String, SortedMap<Integer, Indicator>> byYear = new HashMap<>();
        List<TrendYear> latestFirst = new ArrayList<>(years);
        latestFirst.sort(Comparator.comparingInt(TrendYear::year).reversed());
        for (TrendYear year : latestFirst) {
            List<String> keys = SameProject.rowKeys(year.form());
            for (int i = 0; i < keys.size(); i++) {
                Indicator indicator = year.form().indicators().get(i);
                named.putIfAbsent(keys.get(i), indicator);
                byYear.computeIfAbsent(keys.get(i), key -> new TreeMap<>()).put(year.year(), indicator);
            }
        }
        return named.entrySet().stream().map(row -> new TrendIndicator(row.getValue().level1(), row.getValue().level2(),
                row.getValue().name(), byYear.get(row.getKey()))).toList();
    }

    private static Optional<String> commonUnit(Collection<Match> matches) {
        List<String> units = matches.stream().map(match -> match.form().funding().moneyUnit().strip()).distinct().toList();
        if (units.size() == 1) {
            return Optional.of(units.get(0));
        }
        return units.stream().allMatch(unit -> Yuan.factor(unit).isPresent()) ? Optional.of("元") : Optional.empty();
    }

    private static FundingLine inUnit(Project form, Optional<String> unit) {
        FundingLine total = form.funding().total();
        String own = form.funding().moneyUnit().strip();
        if (unit.isEmpty() || unit.get().equals(own)) {
            return total;
        }
        BigDecimal factor = Yuan.factor(own).orElseThrow();
        FundingLine converted = total;
        for (FundingColumn column : FundingColumn.values()) {
            converted = converted.with(column, total.get(column).map(amount -> amount.multiply(factor)));
        }
        return converted;
    }
}
