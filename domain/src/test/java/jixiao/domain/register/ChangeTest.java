package jixiao.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private final Project before = Forms.form().budget("100", "90").with(Forms.indicator("≥1(个)", "1(个)", "90")).build();
    private final Project after = before.withIndicator(0, before.indicators().get(0).withActual("2(个)"));

    @Test
    void theFieldChangesNameEachAlteredFieldByItsStageAndExchangePath() {
        assertEquals(List.of(new FieldChange("self-evaluation.indicators[1].actual", "1(个)", "2(个)")),
                update(snapshot(before, "national-2020"), snapshot(after, "national-2020")).fieldChanges());
    }

    @Test
    void aChangedRuleSetIsAFieldChangeOfItsOwn() {
        assertEquals(List.of(new FieldChange("rule_set", "national-2020", "training-20@7ff92ad2")),
                update(snapshot(before, "national-2020"), snapshot(before, "training-20@7ff92ad2")).fieldChanges());
    }

    @Test
    void aRuleSetTheRecordDoesNotKnowIsNoChange() {
        Snapshot unknown = new Snapshot(ProjectYear.ofForm(before), Optional.empty());
        assertEquals(List.of(), update(unknown, unknown).fieldChanges());
    }

    @Test
    void aStageOperationSaysWhatWasDoneToWhichStage() {
        Project declared = Forms.form().with(Forms.indicator("≥1(个)", "", null)).build();
        ProjectYear year = ProjectYear.ofForm(declared);
        Change started = new Change(2, Instant.EPOCH, "test", Change.Action.START, 7, Optional.of(StageKind.MONITORING),
                Optional.of(new Snapshot(year, Optional.empty())),
                Optional.of(new Snapshot(year.startMonitoring(Month.JULY), Optional.empty())), Optional.empty());

        assertEquals(new Bilingual("开始运行监控", "started the monitoring"), started.describe());
        assertEquals("monitoring.month", started.fieldChanges().get(0).field());
        assertEquals(new Bilingual("修改", "changed"), update(snapshot(before, "x"), snapshot(after, "x")).describe());
        assertEquals(new Bilingual("申报恢复只读", "locked the declaration again"), Change.Action.LOCK.of(StageKind.DECLARATION));
    }

    private static Snapshot snapshot(Project form, String ruleSet) {
        return new Snapshot(ProjectYear.ofForm(form), Optional.of(ruleSet));
    }

    private static Change update(Snapshot was, Snapshot is) {
        return new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 7, Optional.empty(), Optional.of(was),
                Optional.of(is), Optional.empty());
    }
}
