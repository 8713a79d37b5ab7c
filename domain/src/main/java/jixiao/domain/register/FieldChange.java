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
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageField;
import jixiao.domain.stage.StageKind;

/**
 * One field of a project-year that a change altered, named by its stage and its path in the
 * exchange format within that stage ({@code self-evaluation.funding.total.executed},
 * {@code monitoring.indicators[3].progress}, {@code adjustment.reason}, and {@code rule_set} for the
 * rule set the year is scored under), with the text before and after (empty where the field did not
 * exist). The path is for machines; {@link #label} names the field in the paper's words for people.
 */
public record FieldChange(String field, String before, String after) {

    /** The path of the rule set a project is scored under: not a field of the form, but kept with it. */
    private static final String RULE_SET = "rule_set";
    private static final String PROJECT_FUNDING = "project_funding.";
    private static final Pattern INDICATOR_PATH = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");
    private static final Pattern FUNDING_PATH = Pattern.compile("funding\\.(\\w+)\\.(\\w+)");
    private static final List<FormField> INDICATOR_FIELDS = List.of(FormField.LEVEL1, FormField.LEVEL2,
            FormField.INDICATOR, FormField.TARGET, FormField.ACTUAL, FormField.WEIGHT, FormField.SCORE, FormField.DEVIATION);
    private static final List<StageField> PROGRESS_FIELDS = List.of(StageField.PROGRESS, StageField.FORECAST,
            StageField.LIKELIHOOD, StageField.CAUSES, StageField.CAUSE_NOTE, StageField.CORRECTION);
    private static final List<StageField> STAGE_FIELDS = List.of(StageField.MONTH, StageField.BUDGET_CAUSE,
            StageField.SUMMARY, StageField.RECTIFY, StageField.RECTIFY_NOTE, StageField.REASON, StageField.APPROVED_ON,
            StageField.REOPENED);
    private static final List<StageField> PROJECT_FUNDING_FIELDS = List.of(StageField.PROJECT_TOTAL,
            StageField.PROJECT_FISCAL, StageField.PROJECT_OTHER);
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
        // In the order of the year as it is now (a new stage among the others), then what it no longer has.
        Set<String> names = new LinkedHashSet<>(now.keySet());
        names.addAll(old.keySet());
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

    /** The field in the paper's words: {@code 自评 年度资金总额 全年执行数}, {@code 运行监控 第3行 1–M月实际完成值}. */
    public Bilingual label() {
        if (field.equals(RULE_SET)) {
            return new Bilingual("规则集", "rule set");
        }
        int dot = field.indexOf('.');
        Optional<StageKind> stage = StageKind.ofKey(dot < 0 ? "" : field.substring(0, dot));
        if (stage.isEmpty()) {
            return Bilingual.same(field);
        }
        Bilingual part = label(stage.get(), field.substring(dot + 1));
        return new Bilingual(stage.get().label().zh() + " " + part.zh(), stage.get().label().en() + ": " + part.en());
    }

    private static Bilingual label(StageKind stage, String path) {
        Matcher indicator = INDICATOR_PATH.matcher(path);
        if (indicator.matches()) {
            String key = indicator.group(2);
            Bilingual part = INDICATOR_FIELDS.stream().filter(f -> f.key().equals(key)).findFirst().map(FormField::label)
                    .or(() -> PROGRESS_FIELDS.stream().filter(f -> f.key().equals(key)).findFirst().map(StageField::label))
                    .orElse(Bilingual.same(key));
            return new Bilingual("第" + indicator.group(1) + "行 " + part.zh(), "row " + indicator.group(1) + " " + part.en());
        }
        Matcher funding = FUNDING_PATH.matcher(path);
        if (funding.matches()) {
            return fundingLabel(stage, funding.group(1), funding.group(2));
        }
        if (path.startsWith(PROJECT_FUNDING)) {
            String key = path.substring(PROJECT_FUNDING.length());
            return PROJECT_FUNDING_FIELDS.stream().filter(f -> f.key().equals(key)).findFirst().map(StageField::label)
                    .orElse(Bilingual.same(path));
        }
        return PROJECT_FIELDS.stream().filter(f -> f.key().equals(path)).findFirst().map(FormField::label)
                .or(() -> STAGE_FIELDS.stream().filter(f -> f.key().equals(path)).findFirst().map(StageField::label))
                .orElse(Bilingual.same(path));
    }

    /** A funding amount: its line and column, the monitoring return's columns being its own. */
    private static Bilingual fundingLabel(StageKind stage, String line, String column) {
        Bilingual source = Arrays.stream(FundingSource.values()).filter(s -> key(s).equals(line)).findFirst()
                .map(FundingSource::label).orElse(Bilingual.same(line));
        Bilingual amount = Arrays.stream(FundingColumn.values()).filter(c -> key(c).equals(column)).findFirst()
                .map(FundingColumn::label).orElse(Bilingual.same(column));
        if (stage == StageKind.MONITORING && column.equals(StageField.EXECUTED_TO_MONTH.key())) {
            amount = StageField.EXECUTED_TO_MONTH.label();
        } else if (stage == StageKind.MONITORING && column.equals(StageField.EXPECTED_SPENDING.key())) {
            amount = StageField.EXPECTED_SPENDING.label();
        }
        return new Bilingual(source.zh() + " " + amount.zh(), source.en() + ", " + amount.en());
    }

    /** Every field of a year as text, stage by stage in the order of each paper, then its rule set where known. */
    private static Map<String, String> fields(Snapshot snapshot) {
        Map<String, String> fields = new LinkedHashMap<>();
        ProjectYear year = snapshot.year();
        for (Stage stage : year.stages()) {
            String prefix = stage.kind().key() + ".";
            stageFields(stage).forEach((path, value) -> fields.put(prefix + path, value));
            Optional.ofNullable(year.reopened().get(stage.kind()))
                    .ifPresent(reason -> fields.put(prefix + StageField.REOPENED.key(), reason));
        }
        snapshot.ruleSet().ifPresent(ruleSet -> fields.put(RULE_SET, ruleSet));
        return fields;
    }

    private static Map<String, String> stageFields(Stage stage) {
        if (stage instanceof Declaration declared) {
            Map<String, String> fields = fields(declared.form());
            WholeProjectFunding whole = declared.wholeProject();
            fields.put(PROJECT_FUNDING + StageField.PROJECT_TOTAL.key(), text(whole.total()));
            fields.put(PROJECT_FUNDING + StageField.PROJECT_FISCAL.key(), text(whole.fiscal()));
            fields.put(PROJECT_FUNDING + StageField.PROJECT_OTHER.key(), text(whole.other()));
            return fields;
        }
        if (stage instanceof Adjustment adjusted) {
            return adjustmentFields(adjusted);
        }
        if (stage instanceof MonitoringReturn monitored) {
            return monitoringFields(monitored);
        }
        return fields(((SelfEvaluation) stage).form());
    }

    /** An adjustment's own fields: the targets and budgets it changes, its reason and date. */
    private static Map<String, String> adjustmentFields(Adjustment adjusted) {
        Map<String, String> fields = new LinkedHashMap<>();
        adjusted.targets().forEach(change -> fields.put(
                "indicators[" + change.position() + "]." + FormField.TARGET.key(), change.target().text()));
        adjusted.budgets().forEach((source, amount) -> fields.put(fundingPath(source, FundingColumn.ADJUSTED),
                amount.toPlainString()));
        fields.put(StageField.REASON.key(), adjusted.reason());
        fields.put(StageField.APPROVED_ON.key(), adjusted.approvedOn().map(Object::toString).orElse(""));
        return fields;
    }

    /** The return's form, then what it reports, as the monitoring paper lays them out. */
    private static Map<String, String> monitoringFields(MonitoringReturn monitored) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(StageField.MONTH.key(), String.valueOf(monitored.month().getValue()));
        fields.putAll(fields(monitored.form()));
        monitored.funding().forEach((source, progress) -> {
            String line = "funding." + key(source) + ".";
            fields.put(line + StageField.EXECUTED_TO_MONTH.key(), text(progress.executed()));
            fields.put(line + StageField.EXPECTED_SPENDING.key(), text(progress.forecast()));
        });
        fields.put(StageField.BUDGET_CAUSE.key(), monitored.budgetCause());
        for (int i = 0; i < monitored.indicators().size(); i++) {
            IndicatorProgress row = monitored.progress(i);
            String at = "indicators[" + (i + 1) + "].";
            fields.put(at + StageField.PROGRESS.key(), row.progress().text());
            fields.put(at + StageField.FORECAST.key(), row.forecast().text());
            fields.put(at + StageField.LIKELIHOOD.key(), row.likelihood().map(l -> l.words().zh()).orElse(""));
            fields.put(at + StageField.CAUSES.key(),
                    String.join("、", row.causes().stream().map(cause -> cause.words().zh()).toList()));
            fields.put(at + StageField.CAUSE_NOTE.key(), row.causeNote());
            fields.put(at + StageField.CORRECTION.key(), row.correction());
        }
        Conclusion conclusion = monitored.conclusion();
        fields.put(StageField.SUMMARY.key(), conclusion.summary());
        fields.put(StageField.RECTIFY.key(), conclusion.rectify().map(yes -> yes ? "是" : "否").orElse(""));
        fields.put(StageField.RECTIFY_NOTE.key(), conclusion.rectifyNote());
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
        return "funding." + key(source) + "." + key(column);
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse("");
    }
}
