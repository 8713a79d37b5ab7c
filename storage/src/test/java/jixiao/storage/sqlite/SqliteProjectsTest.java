package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jixiao.domain.monitoring.Light;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Project;
import jixiao.domain.register.Change;
import jixiao.domain.register.FieldChange;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StaleRevisionException;
import jixiao.domain.register.Snapshot;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Grade;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.domain.stage.StageRefusedException;
import jixiao.storage.demo.FullYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteProjectsTest {

    private static final RuleSet RULES = RuleSets.national2020();

    @TempDir
    Path folder;
    private Database database;
    private Projects projects;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("test.db"), Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"),
                ZoneOffset.UTC), "zhangsan");
        projects = database.projects();
    }

    @Test
    void everyRealFormComesBackExactlyAsItWasStored() {
        for (Project project : Demo.projects()) {
            StoredProject stored = projects.put(project, RULES);
            assertEquals(project, projects.find(stored.id()).orElseThrow().project(), project.key().toString());
            assertEquals(stored, projects.find(project.key()).orElseThrow());
        }
    }

    @Test
    void theListCarriesEachProjectsTotalGradeAndFindingCounts() {
        Demo.projects().forEach(project -> projects.put(project, RULES));
        List<ProjectSummary> all = projects.list(ProjectFilter.ALL);
        assertEquals(Demo.projects().size(), all.size());
        ProjectSummary first = all.stream().filter(s -> s.key().year() == 2024).findFirst().orElseThrow();
        assertEquals(FormKind.SELF_EVALUATION, first.kind());
        assertTrue(first.total().isPresent() && first.grade().isPresent(), first.toString());
        assertTrue(all.stream().filter(s -> s.key().year() == 2025)
                .allMatch(s -> s.kind() == FormKind.DECLARATION && s.total().isEmpty() && s.grade().isEmpty()));
        assertEquals(all.stream().filter(s -> s.key().year() == 2025).count(),
                projects.list(new ProjectFilter(Optional.of(2025), Optional.empty())).size());
    }

    @Test
    void anEditFromTheCurrentRevisionIsSavedAndRescored() {
        Project project = Demo.projects().get(0);
        StoredProject stored = projects.put(project, RULES);
        Project worse = project.withIndicator(0, project.indicators().get(0).withActual("0"));
        StoredProject saved = projects.update(stored.id(), stored.revision(), worse);
        assertEquals(2, saved.revision().number());
        assertEquals(worse, projects.find(stored.id()).orElseThrow().project());
        ProjectSummary summary = projects.list(ProjectFilter.ALL).get(0);
        assertTrue(summary.total().orElseThrow().compareTo(new BigDecimal("100")) < 0);
        assertEquals(2, summary.revision().number());
    }

    @Test
    void anEditFromAStaleRevisionIsRefusedAndNamesWhoSavedInBetween() {
        Project project = Demo.projects().get(0);
        StoredProject mine = projects.put(project, RULES);
        StoredProject theirs = projects.update(mine.id(), mine.revision(), project.withIndicator(0,
                project.indicators().get(0).withActual("1")));
        StaleRevisionException refused = assertThrows(StaleRevisionException.class,
                () -> projects.update(mine.id(), mine.revision(), project.withIndicator(0,
                        project.indicators().get(0).withActual("2"))));
        assertTrue(refused.explanation().zh().contains("zhangsan"), refused.explanation().zh());
        assertTrue(refused.explanation().en().contains("revision 2"), refused.explanation().en());
        assertEquals(theirs.project(), projects.find(mine.id()).orElseThrow().project(), "theirs is kept");
        assertThrows(StaleRevisionException.class, () -> projects.delete(mine.id(), mine.revision()));
    }

    @Test
    void theHistoryKeepsEveryVersionWithWhoAndWhen() {
        Project project = Demo.projects().get(0);
        StoredProject stored = projects.put(project, RULES);
        Project changed = project.withIndicator(2, project.indicators().get(2).withActual("7(次)"));
        projects.update(stored.id(), stored.revision(), changed);
        projects.delete(stored.id(), projects.find(stored.id()).orElseThrow().revision());

        List<Change> history = database.auditLog().history(stored.id());
        assertEquals(List.of(Change.Action.INSERT, Change.Action.UPDATE, Change.Action.DELETE),
                history.stream().map(Change::action).toList());
        assertEquals("zhangsan", history.get(1).user());
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"), history.get(1).at());
        assertEquals(Optional.of(new Snapshot(ProjectYear.ofForm(project), Optional.of("national-2020"))),
                history.get(1).before());
        assertEquals(Optional.of(new Snapshot(ProjectYear.ofForm(changed), Optional.of("national-2020"))),
                history.get(1).after());
        assertEquals(Optional.of(StageKind.SELF_EVALUATION), history.get(1).stage());
        assertEquals(List.of(new FieldChange("self-evaluation.indicators[3].actual",
                project.indicators().get(2).actual().text(), "7(次)")), history.get(1).fieldChanges());
        assertEquals(Optional.empty(), projects.find(stored.id()));
    }

    @Test
    void puttingAProjectWithAKnownKeyReplacesItAndKeepsTheOldOneInTheHistory() {
        Project project = Demo.projects().get(0);
        StoredProject first = projects.put(project, RULES);
        Project again = project.withIndicator(0, project.indicators().get(0).withActual("1"));
        StoredProject second = projects.put(again, RULES);
        assertEquals(first.id(), second.id());
        assertEquals(1, projects.list(ProjectFilter.ALL).size());
        assertEquals(Optional.of(project), database.auditLog().history(first.id()).get(1).before()
                .map(snapshot -> snapshot.year().latestForm()));
    }

    @Test
    void editingAProjectThatIsGoneSaysSo() {
        StoredProject stored = projects.put(Demo.projects().get(0), RULES);
        projects.delete(stored.id(), stored.revision());
        assertThrows(MissingProjectException.class,
                () -> projects.update(stored.id(), stored.revision(), stored.project()));
    }

    @Test
    void gradesAreStoredByName() {
        projects.put(Demo.projects().get(0), RULES);
        assertEquals(Optional.of(Grade.EXCELLENT), projects.list(ProjectFilter.ALL).get(0).grade());
    }

    @Test
    void aProjectIsScoredAndFoundUnderTheRuleSetItWasStoredWith() {
        StoredProject stored = projects.put(Demo.projects().get(0), Training.rules());
        assertEquals(Training.rules(), projects.find(stored.id()).orElseThrow().ruleSet());
        assertEquals(Optional.of(new BigDecimal("109.79")), projects.list(ProjectFilter.ALL).get(0).total(),
                "信息化运维项目: 98.94 % of 20 points, plus 90 for the indicators");
    }

    @Test
    void anEditKeepsTheProjectsRuleSet() {
        Project project = Demo.projects().get(0);
        StoredProject stored = projects.put(project, Training.rules());
        projects.update(stored.id(), stored.revision(), project.withIndicator(0, project.indicators().get(0)
                .withActual("0")));
        assertEquals(Training.rules(), projects.find(stored.id()).orElseThrow().ruleSet());
        assertEquals("training-20", projects.find(stored.id()).orElseThrow().ruleSet().name());
    }

    @Test
    void theHistoryNamesTheRuleSetOfEachVersion() {
        Project project = Demo.projects().get(0);
        StoredProject stored = projects.put(project, RULES);
        projects.put(project.withIndicator(0, project.indicators().get(0).withActual("1")), Training.rules());
        Change replaced = database.auditLog().history(stored.id()).get(1);
        assertTrue(replaced.fieldChanges().contains(new FieldChange("rule_set", "national-2020",
                Training.rules().label())), replaced.fieldChanges().toString());
    }

    @Test
    void aYearKeepsEveryStageExactlyAsStored() {
        ProjectYear year = FullYear.evaluated().reopen(StageKind.MONITORING, "补充原因说明");
        StoredProject stored = projects.put(year, RULES);
        assertEquals(year, projects.find(stored.id()).orElseThrow().year());
        assertEquals(FullYear.evaluated().latestForm(), stored.project());
    }

    @Test
    void startingAStageCopiesTheTargetsInForceAndTheHistorySaysSo() {
        StoredProject declared = projects.put(FullYear.adjusted(), RULES);
        StoredProject monitored = projects.startMonitoring(declared.id(), declared.revision(), Month.JULY);
        MonitoringReturn started = monitored.year().monitoring().orElseThrow();
        assertEquals("≥6(套)", started.form().indicators().get(1).target().text());
        assertEquals(monitored.year(), projects.find(declared.id()).orElseThrow().year());
        ProjectSummary summary = projects.list(ProjectFilter.ALL).get(0);
        assertEquals(StageKind.MONITORING, summary.stage());
        assertEquals(Optional.empty(), summary.light(), "nothing reported yet lights nothing");
        Change last = last(database.auditLog().history(declared.id()));
        assertEquals(Change.Action.START, last.action());
        assertEquals(Optional.of(StageKind.MONITORING), last.stage());
        StoredProject evaluated = projects.start(declared.id(), monitored.revision(), StageKind.SELF_EVALUATION);
        assertEquals(started.form(), evaluated.year().selfEvaluation().orElseThrow().form());
        assertThrows(StageRefusedException.class, () -> projects.start(declared.id(), evaluated.revision(),
                StageKind.SELF_EVALUATION));
    }

    @Test
    void aStageALaterOneMadeReadOnlyRefusesAnEditAndSaysWhy() {
        StoredProject stored = projects.put(FullYear.monitored(), RULES);
        Declaration retyped = stored.year().declaration().orElseThrow().withForm(FullYear.declared()
                .withIndicator(1, FullYear.declared().indicators().get(1).withTarget("≥5(套)")));
        StageRefusedException refused = assertThrows(StageRefusedException.class,
                () -> projects.update(stored.id(), stored.revision(), retyped));
        assertTrue(refused.explanation().zh().contains("重新打开"), refused.explanation().zh());
        assertEquals(stored, projects.find(stored.id()).orElseThrow(), "nothing written");
    }

    @Test
    void aReopenedStageTakesTheEditAndTheHistoryKeepsWhy() {
        StoredProject stored = projects.put(FullYear.monitored(), RULES);
        StoredProject reopened = projects.reopen(stored.id(), stored.revision(), StageKind.DECLARATION, "更正指标值笔误");
        Declaration retyped = reopened.year().declaration().orElseThrow().withForm(FullYear.declared()
                .withIndicator(1, FullYear.declared().indicators().get(1).withTarget("≥5(套)")));
        StoredProject edited = projects.update(stored.id(), reopened.revision(), retyped);
        StoredProject locked = projects.lock(stored.id(), edited.revision(), StageKind.DECLARATION);
        assertTrue(locked.year().isLocked(StageKind.DECLARATION));
        List<Change> history = database.auditLog().history(stored.id());
        assertEquals(List.of(Change.Action.INSERT, Change.Action.REOPEN, Change.Action.UPDATE, Change.Action.LOCK),
                history.stream().map(Change::action).toList());
        assertEquals("更正指标值笔误", history.get(1).note().orElseThrow().zh());
        assertEquals(List.of(new FieldChange("declaration.indicators[2].target", "≥4(套)", "≥5(套)")),
                history.get(2).fieldChanges());
        assertEquals(Optional.of(StageKind.DECLARATION), history.get(2).stage());
    }

    @Test
    void aDeclarationThenAMonitoringReturnThenASelfEvaluationPutInTurnAreAllKept() {
        ProjectYear whole = FullYear.evaluated();
        projects.put(ProjectYear.of(whole.declaration().orElseThrow()), RULES);
        projects.put(ProjectYear.of(whole.monitoring().orElseThrow()), RULES);
        StoredProject stored = projects.put(ProjectYear.of(whole.selfEvaluation().orElseThrow()), RULES);
        assertEquals(List.of(StageKind.DECLARATION, StageKind.MONITORING, StageKind.SELF_EVALUATION),
                stored.year().stages().stream().map(Stage::kind).toList());
        assertEquals(whole.declaration(), stored.year().declaration());
        assertEquals(whole.monitoring(), stored.year().monitoring());
        assertEquals(whole.selfEvaluation(), stored.year().selfEvaluation());
        assertEquals(1, projects.list(ProjectFilter.ALL).size());
        assertEquals(List.of(Optional.empty(), Optional.of(StageKind.MONITORING),
                Optional.of(StageKind.SELF_EVALUATION)),
                database.auditLog().history(stored.id()).stream().map(Change::stage).toList());
    }

    @Test
    void theWatchListIsTheCachedStageAndLight() {
        Demo.projects().forEach(project -> projects.put(project, RULES));
        projects.put(FullYear.monitored(), RULES);
        ProjectFilter watch = new ProjectFilter(Optional.empty(), Optional.empty(), Optional.of(StageKind.MONITORING),
                Optional.of(Light.RED));
        List<ProjectSummary> red = projects.list(watch);
        assertEquals(List.of(FullYear.NAME), red.stream().map(summary -> summary.key().name()).toList(),
                "3,000 of 12,000 by July is 42.86% of the schedule");
        assertEquals(Optional.of(Light.RED), red.get(0).light());
        assertEquals(List.of(), projects.list(new ProjectFilter(Optional.empty(), Optional.empty(),
                Optional.of(StageKind.MONITORING), Optional.of(Light.GREEN))));
        assertEquals(6, projects.list(new ProjectFilter(Optional.of(2025), Optional.empty(),
                Optional.of(StageKind.DECLARATION), Optional.empty())).size(), "the seventh is monitored");
    }

    @Test
    void aMonitoringReturnsFormTakesNoActualValues() {
        StoredProject stored = projects.put(FullYear.monitored(), RULES);
        Project withActual = stored.project().withIndicator(0, stored.project().indicators().get(0).withActual("1"));
        assertThrows(StageRefusedException.class, () -> projects.update(stored.id(), stored.revision(), withActual));
    }

    private static Change last(List<Change> history) {
        return history.get(history.size() - 1);
    }
}
