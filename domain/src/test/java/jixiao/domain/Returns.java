package jixiao.domain;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.MonitoringReturn;

/** Builds small monitoring returns for tests, in the words of the form. */
public final class Returns {

    private final Month month;
    private String adjusted = "4000000.00";
    private String executed = "2310000.00";
    private String budgetCause = "";
    private final Forms form = Forms.form();
    private final List<IndicatorProgress> rows = new ArrayList<>();

    private Returns(Month month) {
        this.month = month;
    }

    /** A return for January to {@code month}, with a budget of 4,000,000.00 of which 2,310,000.00 is spent. */
    public static Returns of(Month month) {
        return new Returns(month);
    }

    /** The total line's adjusted budget (blank: none) and 1–M月执行数 (blank: not reported). */
    public Returns budget(String adjustedBudget, String executedSoFar) {
        adjusted = adjustedBudget;
        executed = executedSoFar;
        return this;
    }

    public Returns budgetCause(String text) {
        budgetCause = text;
        return this;
    }

    /** An indicator under 产出指标/数量指标 with its target and its progress to the month of the return. */
    public Returns indicator(String target, String progress) {
        form.with("产出指标", "数量指标", "指标" + (rows.size() + 1), target, "", null, null, "");
        rows.add(IndicatorProgress.EMPTY.withProgress(progress));
        return this;
    }

    /** The last indicator's 完成目标可能性. */
    public Returns likely(Likelihood likelihood) {
        return last(rows.get(rows.size() - 1).withLikelihood(Optional.of(likelihood)));
    }

    /** The last indicator's deviation explained as the form asks: a cause, a 原因说明 and a 纠偏措施. */
    public Returns explained() {
        return last(rows.get(rows.size() - 1).withCauses(Set.of(Cause.FUNDING)).withCauseNote("资金下达较晚")
                .withCorrection("加快采购进度"));
    }

    public MonitoringReturn build() {
        Project declared = form.line(FundingSource.TOTAL, adjusted, adjusted, null).build();
        MonitoringReturn started = MonitoringReturn.start(declared, month)
                .withFunding(FundingSource.TOTAL, FundingProgress.of(number(executed), null))
                .withBudgetCause(budgetCause);
        for (int i = 0; i < rows.size(); i++) {
            started = started.withProgress(i, rows.get(i));
        }
        return started;
    }

    private Returns last(IndicatorProgress changed) {
        rows.set(rows.size() - 1, changed);
        return this;
    }

    private static BigDecimal number(String text) {
        return Forms.number(text);
    }
}
