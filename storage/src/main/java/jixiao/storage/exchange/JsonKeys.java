package jixiao.storage.exchange;

import java.util.Map;
import java.util.Set;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;

/** The keys of the JSON exchange format {@code jixiao/1} ({@code docs/exchange.md}), shared by its readers and writer. */
final class JsonKeys {

    static final String FORMAT = "jixiao/1";

    static final Map<FundingSource, String> SOURCES = Map.of(FundingSource.TOTAL, "total",
            FundingSource.FISCAL, "fiscal", FundingSource.CARRYOVER, "carryover", FundingSource.OTHER, "other");
    static final Map<FundingColumn, String> COLUMNS = Map.of(FundingColumn.INITIAL, "initial",
            FundingColumn.ADJUSTED, "adjusted", FundingColumn.EXECUTED, "executed");

    static final Set<String> TOP = Set.of("format", "projects");
    /** The keys of a form: a project object, and each of {@code forms}. */
    static final Set<String> FORM = Set.of("year", "name", "code", "department", "unit",
            "nature", "category", "start", "end", "money_unit", "funding", "overall_goal", "goal",
            "actual_summary", "indicators", "published");
    /** The keys that say what a project object holds of its year beside its form ({@link JsonStageKeys}). */
    static final Set<String> STAGES = Set.of("stages", "declared", "adjustment", "monitoring", "project_funding", "forms");
    static final Set<String> PROJECT = union(FORM, STAGES);
    static final Set<String> INDICATOR = Set.of("level1", "level2", "name", "target", "actual",
            "weight", "score", "deviation");
    static final Set<String> PUBLISHED = Set.of("execution_weight", "execution_rate",
            "execution_score", "total_score", "grade");

    private JsonKeys() {
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new java.util.HashSet<>(one);
        all.addAll(other);
        return Set.copyOf(all);
    }
}
