package jixiao.storage.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.domain.stage.StageKind;
import jixiao.domain.target.Target;

/**
 * The whole 2025 year of 工作服置装费, from its published declaration ({@link DemoForms#DECLARATIONS}):
 * an adjustment (six sets instead of four, 12,000 元), the July monitoring return (money behind
 * schedule, red, with its cause; sets ahead), and the self-evaluation with its actual values. Every
 * stage started from the one before, as a clerk does it in jixiao.
 */
public final class FullYear {

    public static final String NAME = "工作服置装费";

    private FullYear() {
    }

    public static Project declared() {
        return DemoForms.read(DemoForms.DECLARATIONS).projects().stream()
                .filter(project -> project.key().name().equals(NAME)).findFirst().orElseThrow();
    }

    /** Declared, with the whole project's funding filled in. */
    public static ProjectYear declaration() {
        return ProjectYear.of(Declaration.of(declared()).withWholeProject(WholeProjectFunding.of(
                new BigDecimal("10000.00"), new BigDecimal("10000.00"), BigDecimal.ZERO.setScale(2))));
    }

    public static ProjectYear adjusted() {
        ProjectYear started = declaration().startAdjustment();
        Adjustment adjustment = started.adjustment().orElseThrow().withTarget(1, Target.parse("≥6(套)"))
                .withBudget(FundingSource.TOTAL, Optional.of(new BigDecimal("12000.00")))
                .withBudget(FundingSource.FISCAL, Optional.of(new BigDecimal("12000.00")))
                .withReason("新增两个医保服务窗口，工作人员增加").withApprovedOn(Optional.of(LocalDate.of(2025, 6, 20)));
        return started.with(adjustment);
    }

    public static ProjectYear monitored() {
        ProjectYear started = adjusted().startMonitoring(Month.JULY);
        MonitoringReturn monitoring = started.monitoring().orElseThrow();
        monitoring = monitoring
                .withFunding(FundingSource.TOTAL, FundingProgress.of(new BigDecimal("3000.00"), new BigDecimal("12000.00")))
                .withFunding(FundingSource.FISCAL, FundingProgress.of(new BigDecimal("3000.00"), new BigDecimal("12000.00")))
                .withBudgetCause("工作服分两批采购，第二批待新窗口启用后于9月结算")
                .withProgress(0, monitoring.progress(0).withProgress("成本不超过预算").withForecast("成本不超过预算")
                        .withLikelihood(Optional.of(Likelihood.CERTAIN)))
                .withProgress(1, monitoring.progress(1).withProgress("2(套)").withForecast("6(套)")
                        .withLikelihood(Optional.of(Likelihood.POSSIBLE)).withCauses(Set.of(Cause.FUNDING, Cause.OTHER))
                        .withCauseNote("第二批工作服待新窗口启用后采购").withCorrection("9月完成第二批采购并发放"))
                .withConclusion(new Conclusion("第一批工作服已发放，第二批按计划9月采购", Optional.of(false), ""));
        return started.with(monitoring);
    }

    public static ProjectYear evaluated() {
        ProjectYear started = monitored().startSelfEvaluation();
        Project form = started.selfEvaluation().orElseThrow().form();
        Project done = form.withFunding(form.funding().with(FundingSource.TOTAL, form.funding().total()
                        .with(FundingColumn.EXECUTED, Optional.of(new BigDecimal("11880.00")))))
                .withIndicator(0, form.indicators().get(0).withActual("成本未超预算").withWeight(Optional.of(BigDecimal.TEN)))
                .withIndicator(1, form.indicators().get(1).withActual("6(套)").withWeight(Optional.of(BigDecimal.TEN)));
        return started.with(new SelfEvaluation(done));
    }

    /**
     * A year whose stages were changed apart, as no one object can say: the declaration reopened and
     * retargeted after monitoring started (the return keeps its copy), and a row renamed in the
     * self-evaluation.
     */
    public static ProjectYear diverged() {
        ProjectYear reopened = evaluated().reopen(StageKind.DECLARATION, "更正笔误");
        Project declared = reopened.declaration().orElseThrow().form();
        ProjectYear retargeted = reopened.with(reopened.declaration().orElseThrow().withForm(declared.withIndicator(2,
                declared.indicators().get(2).withTarget("≥99.00(%)"))));
        Project evaluated = retargeted.selfEvaluation().orElseThrow().form();
        return retargeted.with(new SelfEvaluation(evaluated.withIndicator(3, evaluated.indicators().get(3)
                .withNames("产出指标", "质量指标", "工作服制式规范"))));
    }
}
