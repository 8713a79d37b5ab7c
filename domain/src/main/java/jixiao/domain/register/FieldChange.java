package jixiao.domain.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;

/**
 * One field of a project that a change altered, named by its path in the exchange format
 * ({@code funding.total.executed}, {@code indicators[3].actual}), with the text before and after
 * (empty where the field did not exist).
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    static List<FieldChange> between(Optional<Project> before, Optional<Project> after) {
        Map<String, String> old = before.map(FieldChange::fields).orElse(Map.of());
        Map<String, String> now = after.map(FieldChange::fields).orElse(Map.of());
        Set<String> names = new LinkedHashSet<>(old.keySet());
        names.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String was = old.getOrDefault(name, "");
            String is = now.getOrDefault(name, "");
            if (!was.equals(is)) {
                changes.add(new FieldChange(name, was, is));
            }
        }
        return changes;
    }

    /** Every field of a project as text, in the order of the form. */
    private static Map<String, String> fields(Project project) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", String.valueOf(project.key().year()));
        fields.put("unit", project.key().unit());
        fields.put("name", project.key().name());
        fields.put("code", project.key().code());
        fields.put("department", project.profile().department());
        fields.put("nature", project.profile().nature());
        fields.put("category", project.profile().category());
        fields.put("start", project.profile().start());
        fields.put("end", project.profile().end());
        fields.put("money_unit", project.funding().moneyUnit());
        for (FundingSource source : FundingSource.values()) {
            for (FundingColumn column : FundingColumn.values()) {
                fields.put("funding." + source.name().toLowerCase(Locale.ROOT) + "." + column.name().toLowerCase(Locale.ROOT),
                        text(project.funding().line(source).get(column)));
            }
        }
        fields.put("overall_goal", project.goals().overall());
        fields.put("goal", project.goals().annual());
        fields.put("actual_summary", project.goals().actualSummary());
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            String at = "indicators[" + (i + 1) + "].";
            fields.put(at + "level1", indicator.level1());
            fields.put(at + "level2", indicator.level2());
            fields.put(at + "name", indicator.name());
            fields.put(at + "target", indicator.target().text());
            fields.put(at + "actual", indicator.actual().text());
            fields.put(at + "weight", text(indicator.weight()));
            fields.put(at + "score", text(indicator.manualScore()));
            fields.put(at + "deviation", indicator.deviation());
        }
        return fields;
    }

    private static String text(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse("");
    }
}
