package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;
import org.junit.jupiter.api.Test;

class ProjectYearTest {

    private final ProjectYear declared = Years.declaredYear();

    private ProjectYear adjusted() {
        ProjectYear started = declared.startAdjustment();
        return started.with(started.adjustment().orElseThrow().withTarget(1, Target.parse("≥6(套)"))
                .withBudget(FundingSource.TOTAL, Optional.of(new BigDecimal("12000.00")))
                .withReason("新增窗口人员").withApprovedOn(Optional.of(LocalDate.of(2025, 6, 30))));
    }

    @Test
    void aYearStartsWithItsDeclaration() {
        assertEquals(List.of(StageKind.DECLARATION), kinds(declared));
        assertEquals(StageKind.DECLARATION, declared.latest().kind());
        assertEquals("工作服置装费", declared.key().name());
        assertFalse(declared.isLocked(StageKind.DECLARATION));
    }

    @Test
    void monitoringStartsOnACopyOfTheTreeAndTheAdjustedTargets() {
        ProjectYear monitored = adjusted().startMonitoring(Month.JULY);
        MonitoringReturn started = monitored.monitoring().orElseThrow();
        assertEquals(Month.JULY, started.month());
        assertEquals("≥6(套)", started.form().indicators().get(1).target().text());
        assertEquals(List.of("成本控制率", "工作服数量", "购置尺寸一致率", "工作服购置及时", "工作人员满意度"),
                started.form().indicators().stream().map(indicator -> indicator.name()).toList());
        assertEquals(Optional.of(new BigDecimal("12000.00")), started.form().funding().total().adjusted());
        assertEquals(List.of(StageKind.DECLARATION, StageKind.ADJUSTMENT, StageKind.MONITORING), kinds(monitored));
    }

    @Test
    void theDeclaredValuesStayOnRecordAfterAnAdjustment() {
        ProjectYear year = adjusted();
        assertEquals(Years.declared(), year.declaration().orElseThrow().form());
        assertEquals(List.of(new TargetChange(1, Target.parse("≥4(套)"))), year.declaredTargets());
        assertEquals("≥6(套)", year.formInForce().indicators().get(1).target().text());
        assertEquals(List.of(), declared.declaredTargets());
    }

    @Test
    void theSelfEvaluationStartsOnTheTargetsAndBudgetsInForceWithNothingRetyped() {
        Project form = adjusted().startMonitoring(Month.JULY).startSelfEvaluation().selfEvaluation().orElseThrow().form();
        assertEquals("≥6(套)", form.indicators().get(1).target().text());
        assertTrue(form.indicators().stream().allMatch(indicator -> indicator.actual() instanceof Actual.Missing));
        assertEquals(Optional.of(new BigDecimal("12000.00")), form.funding().total().adjusted());
        assertEquals(Optional.of(new BigDecimal("10000.00")), form.funding().line(FundingSource.FISCAL).adjusted());
        assertEquals(Optional.empty(), form.funding().total().executed());
    }

    @Test
    void theSelfEvaluationStartsFromTheMonitoringReturnWhoseBudgetsTheClerkBroughtUpToDate() {
        ProjectYear monitored = declared.startMonitoring(Month.JULY);
        MonitoringReturn started = monitored.monitoring().orElseThrow();
        Project corrected = started.form().withFunding(started.form().funding().with(FundingSource.TOTAL,
                started.form().funding().total().with(FundingColumn.ADJUSTED,
                        Optional.of(new BigDecimal("9000.00")))));
        ProjectYear updated = monitored.with(started.withForm(corrected));
        Project evaluated = updated.startSelfEvaluation().selfEvaluation().orElseThrow().form();
        assertEquals(Optional.of(new BigDecimal("9000.00")), evaluated.funding().total().adjusted());
    }

    @Test
    void aBudgetNeverAdjustedIsTheOneDeclared() {
        assertEquals(Optional.of(new BigDecimal("10000.00")), declared.formInForce().funding().total().adjusted());
        assertEquals(Optional.empty(), declared.formInForce().funding().line(FundingSource.OTHER).adjusted());
    }

    @Test
    void aStageIsReadOnlyOnceALaterOneExists() {
        ProjectYear monitored = declared.startMonitoring(Month.JULY);
        assertTrue(monitored.isLocked(StageKind.DECLARATION));
        assertFalse(monitored.isLocked(StageKind.MONITORING));
        assertEquals("申报已有后续阶段（运行监控），为只读；确需修改请先重新打开（记入历史）",
                monitored.whyLocked(StageKind.DECLARATION).orElseThrow().zh());
        Declaration retyped = monitored.declaration().orElseThrow().withForm(Years.declared().withIndicator(1,
                Years.declared().indicators().get(1).withTarget("≥5(套)")));
        StageRefusedException refused = assertThrows(StageRefusedException.class, () -> monitored.with(retyped));
        assertEquals(monitored.whyLocked(StageKind.DECLARATION).orElseThrow(), refused.explanation());
    }

    @Test
    void theLatestStageStaysOpenToChange() {
        ProjectYear monitored = declared.startMonitoring(Month.JULY);
        MonitoringReturn typed = monitored.monitoring().orElseThrow()
                .withProgress(1, IndicatorProgress.EMPTY.withProgress("3(套)"));
        assertEquals("3(套)", monitored.with(typed).monitoring().orElseThrow().progress(1).progress().text());
    }

    @Test
    void aReopenedStageCanBeChangedAndSaysWhyUntilItIsLockedAgain() {
        ProjectYear reopened = declared.startMonitoring(Month.JULY).reopen(StageKind.DECLARATION, " 更正指标名称笔误 ");
        assertEquals(Map.of(StageKind.DECLARATION, "更正指标名称笔误"), reopened.reopened());
        assertFalse(reopened.isLocked(StageKind.DECLARATION));
        Declaration fixed = reopened.declaration().orElseThrow().withForm(Years.declared().withIndicator(1,
                Years.declared().indicators().get(1).withTarget("≥5(套)")));
        ProjectYear changed = reopened.with(fixed);
        assertEquals("≥5(套)", changed.declaration().orElseThrow().form().indicators().get(1).target().text());
        assertEquals("≥4(套)", changed.monitoring().orElseThrow().form().indicators().get(1).target().text());
        assertTrue(changed.lockAgain(StageKind.DECLARATION).isLocked(StageKind.DECLARATION));
        assertThrows(StageRefusedException.class, () -> changed.lockAgain(StageKind.MONITORING));
    }

    @Test
    void onlyAReadOnlyStageIsReopenedAndOnlyWithAReason() {
        assertThrows(StageRefusedException.class, () -> declared.reopen(StageKind.DECLARATION, "想改"));
        ProjectYear monitored = declared.startMonitoring(Month.JULY);
        assertThrows(StageRefusedException.class, () -> monitored.reopen(StageKind.DECLARATION, " "));
        assertThrows(StageRefusedException.class, () -> monitored.reopen(StageKind.ADJUSTMENT, "没有这一阶段"));
    }

    @Test
    void stagesStartOnlyInTurn() {
        ProjectYear evaluated = declared.startSelfEvaluation();
        assertEquals("已有自评，不能再开始运行监控", evaluated.whyNotStart(StageKind.MONITORING).orElseThrow().zh());
        assertEquals("已有自评，不能再开始目标调整", evaluated.whyNotStart(StageKind.ADJUSTMENT).orElseThrow().zh());
        assertEquals("本年度已有自评", evaluated.whyNotStart(StageKind.SELF_EVALUATION).orElseThrow().zh());
        assertTrue(declared.whyNotStart(StageKind.DECLARATION).isPresent());
        assertEquals(Optional.empty(), declared.whyNotStart(StageKind.ADJUSTMENT));
        assertEquals(Optional.empty(), declared.startMonitoring(Month.AUGUST).whyNotStart(StageKind.SELF_EVALUATION));
        assertThrows(StageRefusedException.class, () -> evaluated.startMonitoring(Month.JULY));
        assertThrows(StageRefusedException.class, () -> declared.startMonitoring(Month.JULY).startAdjustment());
    }

    @Test
    void anAdjustmentNeedsADeclarationWithTheRowsItChanges() {
        ProjectYear imported = ProjectYear.of(new SelfEvaluation(Forms.clean().year(2025).build()));
        assertEquals("没有申报，无从调整目标", imported.whyNotStart(StageKind.ADJUSTMENT).orElseThrow().zh());
        assertThrows(StageRefusedException.class, () -> imported.with(Adjustment.EMPTY));
        assertThrows(StageRefusedException.class,
                () -> declared.with(Adjustment.EMPTY.withTarget(5, Target.parse("≥1"))));
        assertThrows(IllegalArgumentException.class, () -> ProjectYear.of(Adjustment.EMPTY));
    }

    @Test
    void aDeclarationUnderAnAdjustmentKeepsTheRowsTheAdjustmentCounts() {
        ProjectYear year = adjusted().reopen(StageKind.DECLARATION, "更正申报目标");
        Project fewer = Years.declared().withIndicators(Years.declared().indicators().subList(0, 4));
        assertEquals("已有目标调整（按行记录）：申报的指标行不能增删、移动或改名",
                assertThrows(StageRefusedException.class, () -> year.with(Declaration.of(fewer))).explanation().zh());
        Project retargeted = Years.declared().withIndicator(2, Years.declared().indicators().get(2).withTarget("≥99(%)"));
        assertEquals("≥99(%)", year.with(Declaration.of(retargeted)).formInForce().indicators().get(2).target().text());
    }

    @Test
    void anImportCanAskBeforeItPutsAStageIn() {
        ProjectYear monitored = declared.startMonitoring(Month.JULY);
        assertEquals(monitored.whyLocked(StageKind.DECLARATION), monitored.whyRefused(Declaration.of(Years.declared())));
        assertEquals(Optional.empty(), monitored.whyRefused(new SelfEvaluation(Years.declared())));
        assertEquals("目标调整改动第 6 行，申报只有 5 个指标",
                declared.whyRefused(Adjustment.EMPTY.withTarget(5, Target.parse("≥1"))).orElseThrow().zh());
    }

    @Test
    void aStageOfAnotherYearIsRefused() {
        StageRefusedException refused = assertThrows(StageRefusedException.class,
                () -> declared.with(new SelfEvaluation(Forms.clean().year(2024).build())));
        assertEquals("该自评属于 2024 年度，本项目年度为 2025", refused.explanation().zh());
    }

    @Test
    void aDeclarationThenAMonitoringReturnThenASelfEvaluationImportedInTurnAreAllKept() {
        MonitoringReturn monitored = MonitoringReturn.start(Years.declared(), Month.JULY)
                .withProgress(1, IndicatorProgress.EMPTY.withProgress("2(套)"));
        Project evaluated = Years.declared().withIndicator(1, Years.declared().indicators().get(1).withActual("4(套)"));
        ProjectYear year = declared.with(monitored).with(new SelfEvaluation(evaluated));
        assertEquals(List.of(StageKind.DECLARATION, StageKind.MONITORING, StageKind.SELF_EVALUATION), kinds(year));
        assertEquals(Years.declared(), year.declaration().orElseThrow().form());
        assertEquals(monitored, year.monitoring().orElseThrow());
        assertEquals(evaluated, year.selfEvaluation().orElseThrow().form());
    }

    @Test
    void anEarlierStageFromElsewhereFillsInTheRecordAndIsReadOnlyAtOnce() {
        ProjectYear imported = ProjectYear.of(new SelfEvaluation(Forms.clean().year(2025).named("工作服置装费").build()));
        ProjectYear filled = imported.with(Declaration.of(Years.declared()));
        assertEquals(List.of(StageKind.DECLARATION, StageKind.SELF_EVALUATION), kinds(filled));
        assertTrue(filled.isLocked(StageKind.DECLARATION));
    }

    @Test
    void aSelfEvaluationAloneHasItsTargetsInForceWithoutWhatTheYearBrought() {
        ProjectYear imported = ProjectYear.of(new SelfEvaluation(Forms.clean().year(2025).build()));
        Project targets = imported.formInForce();
        assertTrue(targets.indicators().stream().allMatch(indicator -> indicator.actual() instanceof Actual.Missing));
        assertEquals(Optional.empty(), targets.funding().total().executed());
        assertEquals("≥4(次)", targets.indicators().get(1).target().text());
        assertEquals(Optional.of(new BigDecimal("30")), targets.indicators().get(1).weight());
    }

    @Test
    void storedStagesMakeTheYearAgainOneOfEachKind() {
        ProjectYear year = adjusted().startMonitoring(Month.JULY).reopen(StageKind.ADJUSTMENT, "补充批复日期");
        assertEquals(year, ProjectYear.of(year.stages(), year.reopened()));
        assertThrows(IllegalArgumentException.class,
                () -> ProjectYear.of(List.of(Declaration.of(Years.declared()), Declaration.of(Years.declared())), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ProjectYear.of(List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ProjectYear.of(List.of(Declaration.of(Years.declared())), Map.of(StageKind.MONITORING, "why")));
    }

    @Test
    void theKeyIsTheLatestFormsKey() {
        ProjectYear renamed = declared.with(new SelfEvaluation(Years.declared().withKey(Years.declared().key()
                .withName("工作服置装费（窗口）"))));
        assertEquals("工作服置装费（窗口）", renamed.key().name());
        assertEquals("工作服置装费", adjusted().key().name());
    }

    @Test
    void aFormFromElsewhereIsTheStageItsDataShows() {
        assertEquals(List.of(StageKind.DECLARATION), kinds(ProjectYear.ofForm(Years.declared())));
        assertEquals(List.of(StageKind.SELF_EVALUATION), kinds(ProjectYear.ofForm(Forms.clean().build())));
    }

    @Test
    void eachStageHasTheFormItIsPrintedOnTheAdjustmentTheDeclarationAsAdjusted() {
        ProjectYear year = adjusted().startMonitoring(Month.JULY);
        assertEquals(Years.declared(), year.form(StageKind.DECLARATION).orElseThrow());
        Project adjustedForm = year.form(StageKind.ADJUSTMENT).orElseThrow();
        assertEquals("≥6(套)", adjustedForm.indicators().get(1).target().text());
        assertEquals(Optional.of(new BigDecimal("12000.00")), adjustedForm.funding().total().adjusted());
        assertEquals(Optional.empty(), year.form(StageKind.SELF_EVALUATION));
        assertEquals(year.monitoring().orElseThrow().form(), year.latestForm());
        assertEquals(adjustedForm, adjusted().latestForm());
    }

    @Test
    void theFormComparedWithOtherYearsIsTheSelfEvaluationElseTheTargetsInForce() {
        ProjectYear monitored = adjusted().startMonitoring(Month.JULY);
        assertEquals(monitored.formInForce(), monitored.comparableForm());
        ProjectYear evaluated = monitored.startSelfEvaluation();
        assertEquals(evaluated.selfEvaluation().orElseThrow().form(), evaluated.comparableForm());
    }

    @Test
    void editingTheLatestFormChangesTheLatestStage() {
        Project retargeted = Years.declared().withIndicator(1, Years.declared().indicators().get(1).withTarget("≥5(套)"));
        assertEquals(retargeted, declared.withLatestForm(retargeted).declaration().orElseThrow().form());
        ProjectYear monitored = declared.startMonitoring(Month.JULY);
        assertEquals(retargeted, monitored.withLatestForm(retargeted).monitoring().orElseThrow().form());
        Project evaluated = retargeted.withIndicator(0, retargeted.indicators().get(0).withActual("符合预算"));
        assertEquals(evaluated, declared.startSelfEvaluation().withLatestForm(evaluated).latestForm());
    }

    @Test
    void aDeclarationOrAMonitoringReturnRefusesActualValues() {
        Project evaluated = Years.declared().withIndicator(1, Years.declared().indicators().get(1).withActual("4(套)"));
        StageRefusedException refused = assertThrows(StageRefusedException.class,
                () -> declared.startMonitoring(Month.JULY).withLatestForm(evaluated));
        assertTrue(refused.explanation().zh().contains("请先开始自评"), refused.explanation().zh());
    }

    @Test
    void aMonitoringReturnsRowsStayAsTheyWereCopied() {
        ProjectYear monitored = declared.startMonitoring(Month.JULY);
        Project fewer = Years.declared().withIndicators(Years.declared().indicators().subList(0, 4));
        StageRefusedException refused = assertThrows(StageRefusedException.class, () -> monitored.withLatestForm(fewer));
        assertTrue(refused.explanation().en().contains("cannot be added, removed, moved or renamed"),
                refused.explanation().en());
    }

    @Test
    void editingAnAdjustmentsFormKeepsTheChangedTargetsAndBudgetsOnly() {
        ProjectYear year = adjusted();
        Project inForce = year.latestForm();
        Project changed = inForce.withIndicator(2, inForce.indicators().get(2).withTarget("≥98(%)"));
        Adjustment edited = year.withLatestForm(changed).adjustment().orElseThrow();
        assertEquals(List.of(1, 2), edited.targets().stream().map(TargetChange::index).toList());
        assertEquals(Map.of(FundingSource.TOTAL, new BigDecimal("12000.00")), edited.budgets());
        assertEquals("新增窗口人员", edited.reason());
        assertEquals(Years.declared(), year.withLatestForm(changed).declaration().orElseThrow().form());
        Project renamed = inForce.withIndicator(2, inForce.indicators().get(2).withNames("产出指标", "质量指标", "尺寸"));
        assertThrows(StageRefusedException.class, () -> year.withLatestForm(renamed));
    }

    @Test
    void mergingTheSameYearFromAFileKeepsWhatIsStoredAndAddsWhatIsNew() {
        ProjectYear stored = adjusted();
        ProjectYear fromFile = stored.startMonitoring(Month.JULY);
        ProjectYear merged = stored.merge(fromFile);
        assertEquals(fromFile, merged);
        assertEquals(merged, merged.merge(fromFile), "merging again changes nothing");
        assertEquals(merged, merged.merge(ProjectYear.of(stored.declaration().orElseThrow())),
                "a locked stage brought again as it is stored is no change");
    }

    @Test
    void mergingAChangedLockedStageIsRefusedWithItsReason() {
        ProjectYear stored = declared.startMonitoring(Month.JULY);
        Project retargeted = Years.declared().withIndicator(1, Years.declared().indicators().get(1).withTarget("≥5(套)"));
        ProjectYear fromFile = ProjectYear.of(Declaration.of(retargeted));
        assertEquals(stored.whyLocked(StageKind.DECLARATION), stored.whyNotMerge(fromFile));
        assertThrows(StageRefusedException.class, () -> stored.merge(fromFile));
        assertEquals(Optional.empty(), declared.whyNotMerge(fromFile));
        assertEquals(retargeted, declared.merge(fromFile).latestForm());
    }

    private static List<StageKind> kinds(ProjectYear year) {
        return year.stages().stream().map(Stage::kind).toList();
    }
}
