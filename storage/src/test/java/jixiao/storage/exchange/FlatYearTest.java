package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.FullYear;
import org.junit.jupiter.api.Test;

class FlatYearTest {

    @Test
    void aYearStartedStageByStageIsItsLatestFormAndTheStageKeysAlone() {
        for (ProjectYear year : List.of(FullYear.declaration(), FullYear.adjusted(), FullYear.monitored(),
                FullYear.evaluated())) {
            FlatYear flat = FlatYear.of(year);
            assertEquals(Map.of(), flat.keys().forms(), year.latest().kind().key());
            assertEquals(year.latestForm(), flat.form());
            assertEquals(Optional.of(year), flat.toYear().year());
        }
    }

    @Test
    void aStageChangedApartIsGivenAsItsFormAndReadsBackExactly() {
        ProjectYear diverged = FullYear.diverged();
        FlatYear flat = FlatYear.of(diverged);
        assertTrue(flat.keys().forms().containsKey(StageKind.DECLARATION), flat.keys().forms().keySet().toString());
        assertEquals(Optional.of(diverged.lockAgain(StageKind.DECLARATION)), flat.toYear().year(),
                "which stage was reopened is workflow, not form data: it is not exported");
    }

    @Test
    void withoutStagesAnObjectIsWhatItsDataShows() {
        Project declared = FullYear.declared();
        assertEquals(List.of(StageKind.DECLARATION), kinds(new FlatYear(declared, StageKeys.NONE)));
        StageKeys monitoring = new StageKeys(Optional.empty(), Map.of(), Optional.empty(), Optional.of(
                new StageKeys.MonitoringKeys(Month.JULY, Map.of(), "", Map.of(), Conclusion.EMPTY)),
                StageKeys.NONE.projectFunding(), Map.of());
        assertEquals(List.of(StageKind.MONITORING), kinds(new FlatYear(declared, monitoring)));
        Project evaluated = FullYear.evaluated().latestForm();
        assertEquals(List.of(StageKind.SELF_EVALUATION), kinds(new FlatYear(evaluated, StageKeys.NONE)));
        StageKeys adjusted = new StageKeys(Optional.empty(), Map.of(1, declared.indicators().get(1).target()),
                Optional.of(new StageKeys.AdjustmentKeys("", Optional.empty(), Optional.empty())), Optional.empty(),
                StageKeys.NONE.projectFunding(), Map.of());
        assertEquals(List.of(StageKind.DECLARATION, StageKind.ADJUSTMENT),
                kinds(new FlatYear(FullYear.adjusted().latestForm(), adjusted)));
    }

    @Test
    void stagesThatContradictTheObjectAreProblemsNamingTheirKey() {
        StageKeys onlyMonitoring = new StageKeys(Optional.of(List.of(StageKind.DECLARATION)), Map.of(), Optional.empty(),
                Optional.of(new StageKeys.MonitoringKeys(Month.JULY, Map.of(), "", Map.of(), Conclusion.EMPTY)),
                StageKeys.NONE.projectFunding(), Map.of());
        FlatYear.Read read = new FlatYear(FullYear.declared(), onlyMonitoring).toYear();
        assertEquals(Optional.empty(), read.year());
        assertEquals(List.of("monitoring"), read.problems().stream().map(FlatYear.Problem::key).toList());
        FlatYear.Read lost = new FlatYear(FullYear.evaluated().latestForm(),
                new StageKeys(Optional.of(List.of(StageKind.DECLARATION)), Map.of(), Optional.empty(), Optional.empty(),
                        StageKeys.NONE.projectFunding(), Map.of())).toYear();
        assertTrue(lost.problems().get(0).message().en().contains("would be lost"), lost.problems().toString());
    }

    private static List<StageKind> kinds(FlatYear flat) {
        return flat.toYear().year().orElseThrow().stages().stream().map(Stage::kind).toList();
    }
}
