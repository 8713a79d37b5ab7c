package jixiao.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.domain.target.Target;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    private final Project before = Forms.clean().build();

    private List<FieldChange> changes(Project after) {
        return new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 1, Optional.empty(),
                Optional.of(snapshot(before)), Optional.of(snapshot(after)), Optional.empty()).fieldChanges();
    }

    private static Snapshot snapshot(Project project) {
        return snapshot(ProjectYear.ofForm(project));
    }

    private static Snapshot snapshot(ProjectYear year) {
        return new Snapshot(year, Optional.of("national-2020"));
    }

    @Test
    void anIndicatorsFieldIsNamedByItsRowAndThePapersLabel() {
        Project after = before.withIndicator(1, before.indicators().get(1).withActual("4(次)"));

        FieldChange change = changes(after).get(0);

        assertEquals("self-evaluation.indicators[2].actual", change.field());
        assertEquals(new Bilingual("自评 第2行 实际完成值", "self-evaluation: row 2 Actual"), change.label());
    }

    @Test
    void aFundingAmountIsNamedByItsLineAndColumn() {
        Project after = before.withFunding(before.funding().with(FundingSource.TOTAL,
                FundingLine.of(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("80"))));

        FieldChange change = changes(after).get(0);

        assertEquals("self-evaluation.funding.total.executed", change.field());
        assertEquals("自评 年度资金总额 全年执行数", change.label().zh());
    }

    @Test
    void theHeadersFieldsAreNamedAsThePaperPrintsThem() {
        Project after = before.withProfile(before.profile().withNature("其他经常性项目").withStart("2024-01-01"))
                .withGoals(before.goals().withAnnual("年度目标"));

        assertEquals(List.of("自评 项目性质", "自评 计划开始日期", "自评 年度总体目标"),
                changes(after).stream().map(change -> change.label().zh()).toList());
    }

    @Test
    void theRuleSetIsNamedAsARuleSet() {
        Change repinned = new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 1, Optional.empty(),
                Optional.of(snapshot(before)),
                Optional.of(new Snapshot(ProjectYear.ofForm(before), Optional.of("training-20@d63a859a"))), Optional.empty());

        assertEquals(List.of(new Bilingual("规则集", "rule set")),
                repinned.fieldChanges().stream().map(FieldChange::label).toList());
    }

    @Test
    void aMonitoringReturnsFieldsAreNamedAsItsPaperPrintsThem() {
        ProjectYear started = ProjectYear.ofForm(Forms.form().with(Forms.indicator("≥4(次)", "", null)).build())
                .startMonitoring(Month.JULY);
        MonitoringReturn monitored = started.monitoring().orElseThrow();
        ProjectYear reported = started.with(monitored.withProgress(0, monitored.progress(0).withProgress("2(次)")
                .withCauses(Set.of(Cause.STAFF))).withFunding(FundingSource.TOTAL,
                FundingProgress.of(new BigDecimal("40.00"), null)));

        List<FieldChange> changes = new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 1,
                Optional.of(StageKind.MONITORING), Optional.of(snapshot(started)), Optional.of(snapshot(reported)),
                Optional.empty()).fieldChanges();

        assertEquals(List.of("monitoring.funding.total.executed", "monitoring.indicators[1].progress",
                "monitoring.indicators[1].causes"), changes.stream().map(FieldChange::field).toList());
        assertEquals(List.of("运行监控 年度资金总额 1–M月执行数", "运行监控 第1行 1–M月实际完成值", "运行监控 第1行 偏差原因"),
                changes.stream().map(change -> change.label().zh()).toList());
        assertEquals("人员保障", changes.get(2).after());
    }

    @Test
    void anAdjustmentAndAReopenedStageAreNamedByTheirOwnFields() {
        ProjectYear declared = ProjectYear.ofForm(Forms.form().with(Forms.indicator("≥4(次)", "", null)).build());
        ProjectYear adjusted = declared.startAdjustment();
        ProjectYear changed = adjusted.with(adjusted.adjustment().orElseThrow().withTarget(0, Target.parse("≥6(次)"))
                .withReason("任务增加")).startSelfEvaluation().reopen(StageKind.DECLARATION, "更正笔误");

        List<String> labels = new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 1, Optional.empty(),
                Optional.of(snapshot(adjusted)), Optional.of(snapshot(changed)), Optional.empty()).fieldChanges()
                .stream().filter(change -> !change.field().startsWith("self-evaluation."))
                .map(change -> change.label().zh()).toList();

        assertEquals(List.of("申报 重新打开原因", "目标调整 第1行 年度指标值", "目标调整 调整原因"), labels);
    }
}
