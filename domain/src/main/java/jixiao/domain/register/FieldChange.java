package jixiao.domain.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormField;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;

/**
 * One field of a project that a change altered, named by its path in the exchange format
 * ({@code funding.total.executed}, {@code indicators[3].actual}, and {@code rule_set} for the rule
 * set it is scored under), with the text before and after (empty where the field did not exist).
 * The path is for machines; {@link #label} names the field in the paper's words for people.
 */
public record FieldChange(String field, String before, String after) {

    /** The path of the rule set a project is scored under: not a field of the form, but kept with it. */
    private static final String RULE_SET = "rule_set";
    private static final Pattern INDICATOR_PATH = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");
    private static final List<FormField> INDICATOR_FIELDS = List.of(FormField.LEVEL1, FormField.LEVEL2,
            FormField.INDICATOR, FormField.TARGET, FormField.ACTUAL, FormField.WEIGHT, FormField.SCORE, FormField.DEVIATION);
    private static final List<FormField> PROJECT_FIELDS = Arrays.stream(FormField.values())
            .filter(f -> !INDICATOR_FIELDS.contains(f)).toList();

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    static List<FieldChange> between(Optional<Snapshot> before, Optional<Snapshot> after) {
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

    /** The field in the paper's words: {@code 年度资金总额 全年执行数}, {@code 第3行 实际完成值}. */
    public Bilingual label() {
        Matcher indicator = INDICATOR_PATH.matcher(field);
        if (indicator.matches()) {
            Bilingual part = INDICATOR_FIELDS.stream().filter(f -> f.key().equals(indicator.group(2))).findFirst()
                    .map(FormField::label).orElse(Bilingual.same(indicator.group(2)));
            return new Bilingual("第" + indicator.group(1) + "行 " + part.zh(), "row " + indicator.group(1) + " " + part.en());
        }
        for (FundingSource source : FundingSource.values()) {
            for (FundingColumn column : FundingColumn.values()) {
                if (field.equals(fundingPath(source, column))) {
                    return new Bilingual(source.label().zh() + " " + column.label().zh(),
                            source.label().en() + ", " + column.label().en());
                }
            }
        }
        if (field.equals(RULE_SET)) {
            return new Bilingual("规则集", "rule set");
        }
        return PROJECT_FIELDS.stream().filter(f -> f.key().equals(field)).findFirst().map(FormField::label)
                .orElse(Bilingual.same(field));
    }

    /** Every field of a project as text, in the order of the form, then its rule set where known. */
    private static Map<String, String> fields(Snapshot snapshot) {
        Map<String, String> fields = fields(snapshot.project());
        snapshot.ruleSet().ifPresent(ruleSet -> fields.put(RULE_SET, ruleSet));
        return fields;
    }

    private static Map<String, String> fields(Project project) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(FormField.YEAR.key(), String.valueOf(project.key().year()));
        fields.put(FormField.UNIT.key(), project.key().unit());
        fields.put(FormField.NAME.key(), project.key().name());
        fields.put(FormField.CODE.key(), project.key().code());
        fields.put(FormField.DEPARTMENT.key(), project.profile().department());
        fields.put(FormField.NATURE.key(), project.profile().nature());
        fields.put(FormField.CATEGORY.key(), project.profile().category());
        fields.put(FormField.START.key(), project.profile().start());
        fields.put(FormField.END.key(), project.profile().end());
        fields.put(FormField.MONEY_UNIT.key(), project.funding().moneyUnit());
        for (FundingSource source : FundingSource.values()) {
            for (FundingColumn column : FundingColumn.values()) {
                fields.put(fundingPath(source, column), text(project.funding().line(source).get(column)));
            }
        }
        fields.put(FormField.OVERALL_GOAL.key(), project.goals().overall());
        fields.put(FormField.ANNUAL_GOAL.key(), project.goals().annual());
        fields.put(FormField.ACTUAL_SUMMARY.key(), project.goals().actualSummary());
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            String at = "indicators[" + (i + 1) + "].";
            fields.put(at + FormField.LEVEL1.key(), indicator.level1());
            fields.put(at + FormField.LEVEL2.key(), indicator.level2());
            fields.put(at + FormField.INDICATOR.key(), indicator.name());
            fields.put(at + FormField.TARGET.key(), indicator.target().text());
            fields.put(at + FormField.ACTUAL.key(), indicator.actual().text());
            fields.put(at + FormField.WEIGHT.key(), text(indicator.weight()));
            fields.put(at + FormField.SCORE.key(), text(indicator.manualScore()));
            fields.put(at + FormField.DEVIATION.key(), indicator.deviation());
        }
        return fields;
    }

    private static String fundingPath(FundingSource source, FundingColumn column) {
        return "funding." + source.name().toLowerCase(Locale.ROOT) + "." + column.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse("");
    }
}
