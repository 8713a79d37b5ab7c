package jixiao.domain.stage;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;

/**
 * The mid-year monitoring return (运行监控, 项目支出绩效目标执行监控表), for January to {@code month}:
 * the form it monitors (header, the indicator tree and the targets and budgets in force, copied
 * when monitoring started), each funding line's progress, the cause of a budget deviation, each
 * indicator's progress (row for row with the form's indicators), and the project-level conclusion.
 */
public record MonitoringReturn(Project form, Month month, Map<FundingSource, FundingProgress> funding,
        String budgetCause, List<IndicatorProgress> indicators, Conclusion conclusion) implements Stage {

    public MonitoringReturn {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(budgetCause, "budgetCause");
        Objects.requireNonNull(conclusion, "conclusion");
        if (form.kind() != FormKind.DECLARATION) {
            throw new IllegalArgumentException("a monitoring return monitors targets: its form has no executed "
                    + "amounts or actual values (those go in the progress): " + form.key());
        }
        indicators = List.copyOf(indicators);
        if (indicators.size() != form.indicators().size()) {
            throw new IllegalArgumentException("a monitoring return has one progress row per indicator: "
                    + indicators.size() + " rows for " + form.indicators().size() + " indicators");
        }
        EnumMap<FundingSource, FundingProgress> complete = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            complete.put(source, funding.getOrDefault(source, FundingProgress.EMPTY));
        }
        funding = Collections.unmodifiableMap(complete);
    }

    /** A return for January to {@code month} on a copy of the targets in force, with nothing reported yet. */
    public static MonitoringReturn start(Project inForce, Month month) {
        return new MonitoringReturn(inForce, month, Map.of(), "",
                Collections.nCopies(inForce.indicators().size(), IndicatorProgress.EMPTY), Conclusion.EMPTY);
    }

    @Override
    public StageKind kind() {
        return StageKind.MONITORING;
    }

    /** The months the return covers, as its column labels say: {@code 1–7月}, {@code Jan–Jul}. */
    public Bilingual period() {
        String last = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (month == Month.JANUARY) {
            return new Bilingual("1月", last);
        }
        return new Bilingual("1–" + month.getValue() + "月", "Jan–" + last);
    }

    public FundingProgress funding(FundingSource source) {
        return funding.get(source);
    }

    /** The progress row of an indicator, by its position in the form from 0. */
    public IndicatorProgress progress(int index) {
        return indicators.get(index);
    }

    /** The return on a changed form (its budgets brought up to date); the rows must stay one per indicator. */
    public MonitoringReturn withForm(Project changed) {
        return new MonitoringReturn(changed, month, funding, budgetCause, indicators, conclusion);
    }

    public MonitoringReturn withMonth(Month changed) {
        return new MonitoringReturn(form, changed, funding, budgetCause, indicators, conclusion);
    }

    public MonitoringReturn withFunding(FundingSource source, FundingProgress changed) {
        EnumMap<FundingSource, FundingProgress> lines = new EnumMap<>(funding);
        lines.put(source, changed);
        return new MonitoringReturn(form, month, lines, budgetCause, indicators, conclusion);
    }

    public MonitoringReturn withBudgetCause(String changed) {
        return new MonitoringReturn(form, month, funding, changed, indicators, conclusion);
    }

    public MonitoringReturn withProgress(int index, IndicatorProgress changed) {
        List<IndicatorProgress> rows = new ArrayList<>(indicators);
        rows.set(index, changed);
        return new MonitoringReturn(form, month, funding, budgetCause, rows, conclusion);
    }

    public MonitoringReturn withConclusion(Conclusion changed) {
        return new MonitoringReturn(form, month, funding, budgetCause, indicators, changed);
    }
}
