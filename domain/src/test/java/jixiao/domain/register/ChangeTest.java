package jixiao.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.project.Project;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private final Project before = Forms.form().budget("100", "90").with(Forms.indicator("≥1(个)", "1(个)", "90")).build();
    private final Project after = before.withIndicator(0, before.indicators().get(0).withActual("2(个)"));

    @Test
    void theFieldChangesNameEachAlteredFieldByItsExchangePath() {
        assertEquals(List.of(new FieldChange("indicators[1].actual", "1(个)", "2(个)")),
                update(new Snapshot(before, Optional.of("national-2020")), new Snapshot(after, Optional.of("national-2020")))
                        .fieldChanges());
    }

    @Test
    void aChangedRuleSetIsAFieldChangeOfItsOwn() {
        assertEquals(List.of(new FieldChange("rule_set", "national-2020", "training-20@7ff92ad2")),
                update(new Snapshot(before, Optional.of("national-2020")), new Snapshot(before,
                        Optional.of("training-20@7ff92ad2"))).fieldChanges());
    }

    @Test
    void aRuleSetTheRecordDoesNotKnowIsNoChange() {
        assertEquals(List.of(), update(new Snapshot(before, Optional.empty()), new Snapshot(before, Optional.empty()))
                .fieldChanges());
    }

    private static Change update(Snapshot was, Snapshot is) {
        return new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 7, Optional.of(was), Optional.of(is),
                Optional.empty());
    }
}
