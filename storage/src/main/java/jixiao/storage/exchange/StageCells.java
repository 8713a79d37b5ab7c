package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.StageKind;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;

/**
 * The stage keys of a project in the spreadsheet formats: the stage columns of {@link Column}, one
 * value a project (repeated on its rows) or one a row, read into {@link StageKeys} and written from
 * them. A cell that does not read (a month outside 1–12, a likelihood or a cause not on the form's
 * list) is a problem at its line and column.
 */
final class StageCells {

    private static final Map<FundingSource, Column> BUDGETS = Map.of(FundingSource.TOTAL, Column.ADJUSTMENT_TOTAL,
            FundingSource.FISCAL, Column.ADJUSTMENT_FISCAL, FundingSource.CARRYOVER, Column.ADJUSTMENT_CARRYOVER,
            FundingSource.OTHER, Column.ADJUSTMENT_OTHER);
    private static final Map<FundingSource, Column> EXECUTED = Map.of(FundingSource.TOTAL,
            Column.MONITORING_TOTAL_EXECUTED, FundingSource.FISCAL, Column.MONITORING_FISCAL_EXECUTED,
            FundingSource.CARRYOVER, Column.MONITORING_CARRYOVER_EXECUTED, FundingSource.OTHER,
            Column.MONITORING_OTHER_EXECUTED);
    private static final Map<FundingSource, Column> FORECAST = Map.of(FundingSource.TOTAL,
            Column.MONITORING_TOTAL_FORECAST, FundingSource.FISCAL, Column.MONITORING_FISCAL_FORECAST,
            FundingSource.CARRYOVER, Column.MONITORING_CARRYOVER_FORECAST, FundingSource.OTHER,
            Column.MONITORING_OTHER_FORECAST);

    private StageCells() {
    }

    /** What is wrong with a stage cell's text; empty when it reads (or is no stage cell, or blank). */
    static Optional<Bilingual> problem(Column column, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (column) {
            case STAGES -> stages(value).isPresent() ? Optional.empty() : Optional.of(new Bilingual(
                    "应按一年的顺序列出阶段，如 declaration,monitoring（或 申报、运行监控）",
                    "must list stages in the year's order, such as declaration,monitoring"));
            case MONITORING_MONTH -> month(value).isPresent() ? Optional.empty() : Optional.of(new Bilingual(
                    "监控月份应为 1 到 12", "the month must be 1 to 12"));
            case ADJUSTMENT_APPROVED_ON -> date(value).isPresent() ? Optional.empty() : Optional.of(new Bilingual(
                    "不是日期：应写作 2025-06-30", "not a date: write it as 2025-06-30"));
            case RECTIFY -> StageWords.yesOrNo(value).isPresent() ? Optional.empty() : Optional.of(new Bilingual(
                    "应为 是 或 否", "must be 是 or 否 (yes or no)"));
            case LIKELIHOOD -> Likelihood.of(value).isPresent() ? Optional.empty() : Optional.of(new Bilingual(
                    "应为 确定能、有可能 或 完全不可能", "must be 确定能, 有可能 or 完全不可能"));
            case CAUSES -> StageWords.split(value).stream().allMatch(cause -> Cause.of(cause).isPresent())
                    ? Optional.empty() : Optional.of(new Bilingual("偏差原因应为 " + StageWords.LIST.zh(),
                    "the causes must be among " + StageWords.LIST.en()));
            default -> Optional.empty();
        };
    }

    /** The columns of the groups a project has: what export must write for it. */
    static Set<Column.Group> groups(StageKeys keys) {
        Set<Column.Group> groups = EnumSet.of(Column.Group.FORM, Column.Group.ALWAYS);
        if (!keys.projectFunding().isEmpty()) {
            groups.add(Column.Group.PROJECT_FUNDING);
        }
        if (keys.adjustment().isPresent() || !keys.declared().isEmpty()) {
            groups.add(Column.Group.ADJUSTMENT);
        }
        keys.monitoring().ifPresent(monitoring -> groups.add(Column.Group.MONITORING));
        if (!keys.forms().isEmpty()) {
            groups.add(Column.Group.FORMS);
        }
        return groups;
    }

    /** The project's stage cells, as export writes them. */
    static Map<Column, String> projectCells(StageKeys keys) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        keys.stages().ifPresent(stages -> cells.put(Column.STAGES,
                String.join(",", stages.stream().map(StageKind::key).toList())));
        WholeProjectFunding whole = keys.projectFunding();
        cells.put(Column.PROJECT_TOTAL, Amounts.write(whole.total()));
        cells.put(Column.PROJECT_FISCAL, Amounts.write(whole.fiscal()));
        cells.put(Column.PROJECT_OTHER, Amounts.write(whole.other()));
        keys.adjustment().ifPresent(adjustment -> {
            cells.put(Column.ADJUSTMENT_REASON, adjustment.reason());
            cells.put(Column.ADJUSTMENT_APPROVED_ON, adjustment.approvedOn().map(LocalDate::toString).orElse(""));
            adjustment.budgets().ifPresent(budgets -> BUDGETS.forEach((source, column) ->
                    cells.put(column, Amounts.write(Optional.ofNullable(budgets.get(source))))));
        });
        keys.monitoring().ifPresent(monitoring -> {
            cells.put(Column.MONITORING_MONTH, String.valueOf(monitoring.month().getValue()));
            for (FundingSource source : FundingSource.values()) {
                FundingProgress progress = monitoring.funding().getOrDefault(source, FundingProgress.EMPTY);
                cells.put(EXECUTED.get(source), Amounts.write(progress.executed()));
                cells.put(FORECAST.get(source), Amounts.write(progress.forecast()));
            }
            cells.put(Column.BUDGET_CAUSE, monitoring.budgetCause());
            cells.put(Column.MONITORING_SUMMARY, monitoring.conclusion().summary());
            cells.put(Column.RECTIFY, StageWords.yesOrNo(monitoring.conclusion().rectify()));
            cells.put(Column.RECTIFY_NOTE, monitoring.conclusion().rectifyNote());
        });
        return cells;
    }

    /** A row's stage cells (from 0), as export writes them. */
    static Map<Column, String> rowCells(StageKeys keys, int row) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        Optional.ofNullable(keys.declared().get(row)).ifPresent(target -> cells.put(Column.DECLARED_TARGET, target.text()));
        keys.monitoring().map(monitoring -> monitoring.indicators().get(row)).ifPresent(progress -> {
            cells.put(Column.PROGRESS, progress.progress().text());
            cells.put(Column.FORECAST, progress.forecast().text());
            cells.put(Column.LIKELIHOOD, progress.likelihood().map(likelihood -> likelihood.words().zh()).orElse(""));
            cells.put(Column.CAUSES, StageWords.join(progress.causes()));
            cells.put(Column.CAUSE_NOTE, progress.causeNote());
            cells.put(Column.CORRECTION, progress.correction());
        });
        return cells;
    }

    /**
     * The stage keys of a project whose cells all read ({@link #problem}): {@code project} its project
     * cells, {@code rows} each indicator row's stage cells that are filled in, {@code columns} those the
     * file's header has, {@code forms} the forms of its {@code forms} cell. The adjustment's budgets are
     * the file's when it has their columns; an adjustment or a monitoring return is there when
     * {@code stages} says so or any of its cells is filled in.
     */
    static StageKeys keys(Map<Column, String> project, List<Map<Column, String>> rows, Set<Column> columns,
            Map<StageKind, Project> forms) {
        Optional<List<StageKind>> stages = Optional.of(text(project, Column.STAGES)).filter(text -> !text.isEmpty())
                .map(text -> stages(text).orElseThrow());
        Map<Integer, Target> declared = new TreeMap<>();
        Map<Integer, IndicatorProgress> progress = new TreeMap<>();
        boolean monitored = stages.map(kinds -> kinds.contains(StageKind.MONITORING)).orElse(false)
                || anyFilled(project, Column.Group.MONITORING);
        for (int i = 0; i < rows.size(); i++) {
            Map<Column, String> row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String target = text(row, Column.DECLARED_TARGET);
            if (!target.isEmpty()) {
                declared.put(i, Target.parse(row.get(Column.DECLARED_TARGET)));
            }
            IndicatorProgress reported = progress(row);
            monitored |= !reported.equals(IndicatorProgress.EMPTY);
            if (!reported.equals(IndicatorProgress.EMPTY)) {
                progress.put(i, reported);
            }
        }
        boolean adjusted = stages.map(kinds -> kinds.contains(StageKind.ADJUSTMENT)).orElse(false)
                || anyFilled(project, Column.Group.ADJUSTMENT) || !declared.isEmpty();
        Optional<StageKeys.AdjustmentKeys> adjustment = adjusted ? Optional.of(new StageKeys.AdjustmentKeys(
                raw(project, Column.ADJUSTMENT_REASON), date(text(project, Column.ADJUSTMENT_APPROVED_ON)),
                columns.contains(Column.ADJUSTMENT_TOTAL) ? Optional.of(budgets(project)) : Optional.empty()))
                : Optional.empty();
        Optional<StageKeys.MonitoringKeys> monitoring = monitored
                ? Optional.of(monitoring(project, progress)) : Optional.empty();
        return new StageKeys(stages, declared, adjustment, monitoring, new WholeProjectFunding(
                amount(project, Column.PROJECT_TOTAL), amount(project, Column.PROJECT_FISCAL),
                amount(project, Column.PROJECT_OTHER)), forms);
    }

    /** The column where a problem with a stage key is best shown. */
    static Column columnOf(String key) {
        if (key.startsWith("monitoring.indicators")) {
            return Column.PROGRESS;
        }
        if (key.startsWith("monitoring")) {
            return Column.MONITORING_MONTH;
        }
        if (key.startsWith("adjustment")) {
            return Column.ADJUSTMENT_REASON;
        }
        if (key.startsWith("declared")) {
            return Column.DECLARED_TARGET;
        }
        return key.startsWith("forms") ? Column.FORMS : Column.STAGES;
    }

    private static StageKeys.MonitoringKeys monitoring(Map<Column, String> project, Map<Integer, IndicatorProgress> rows) {
        Map<FundingSource, FundingProgress> funding = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            funding.put(source, new FundingProgress(amount(project, EXECUTED.get(source)),
                    amount(project, FORECAST.get(source))));
        }
        // A return without its month: reported where the month is missing, as the domain needs one.
        Month month = month(text(project, Column.MONITORING_MONTH)).orElse(null);
        return new StageKeys.MonitoringKeys(month == null ? Month.JANUARY : month, funding,
                raw(project, Column.BUDGET_CAUSE), rows, new Conclusion(raw(project, Column.MONITORING_SUMMARY),
                        StageWords.yesOrNo(text(project, Column.RECTIFY)).orElseThrow(), raw(project, Column.RECTIFY_NOTE)));
    }

    private static IndicatorProgress progress(Map<Column, String> row) {
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        StageWords.split(text(row, Column.CAUSES)).forEach(cause -> causes.add(Cause.of(cause).orElseThrow()));
        return new IndicatorProgress(Actual.parse(raw(row, Column.PROGRESS)), Actual.parse(raw(row, Column.FORECAST)),
                Likelihood.of(text(row, Column.LIKELIHOOD)), causes, raw(row, Column.CAUSE_NOTE),
                raw(row, Column.CORRECTION));
    }

    private static Map<FundingSource, BigDecimal> budgets(Map<Column, String> project) {
        Map<FundingSource, BigDecimal> budgets = new EnumMap<>(FundingSource.class);
        BUDGETS.forEach((source, column) -> amount(project, column).ifPresent(amount -> budgets.put(source, amount)));
        return budgets;
    }

    private static boolean anyFilled(Map<Column, String> project, Column.Group group) {
        return project.entrySet().stream().anyMatch(cell -> cell.getKey().group() == group && !cell.getValue().isBlank());
    }

    static Optional<List<StageKind>> stages(String text) {
        List<StageKind> stages = new ArrayList<>();
        for (String name : text.split("[、,，;；\\s]+")) {
            Optional<StageKind> kind = StageKind.ofKey(name).or(() -> byLabel(name));
            if (name.isBlank()) {
                continue;
            }
            if (kind.isEmpty() || !stages.isEmpty() && !stages.get(stages.size() - 1).isBefore(kind.get())) {
                return Optional.empty();
            }
            stages.add(kind.get());
        }
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages);
    }

    private static Optional<StageKind> byLabel(String name) {
        for (StageKind kind : StageKind.values()) {
            if (kind.label().zh().equals(name.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String text) {
        return text.matches("\\d{1,2}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 12
                ? Optional.of(Month.of(Integer.parseInt(text))) : Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> amount(Map<Column, String> cells, Column column) {
        return Amounts.parse(raw(cells, column));
    }

    private static String text(Map<Column, String> cells, Column column) {
        return raw(cells, column).strip();
    }

    private static String raw(Map<Column, String> cells, Column column) {
        return cells.getOrDefault(column, "");
    }
}
