package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.target.Target;
import org.junit.jupiter.api.Test;

class AdjustmentTest {

    private final Adjustment adjustment = Adjustment.EMPTY.withTarget(1, Target.parse("≥6(套)"))
            .withBudget(FundingSource.TOTAL, Optional.of(new BigDecimal("12000.00")))
            .withReason("新增窗口人员").withApprovedOn(Optional.of(LocalDate.of(2025, 6, 30)));

    @Test
    void appliedToTheDeclarationItChangesOnlyTheTargetsAndBudgetsItNames() {
        Project declared = Years.declared();
        Project inForce = adjustment.applyTo(declared);
        assertEquals("≥6(套)", inForce.indicators().get(1).target().text());
        assertEquals(declared.indicators().get(2), inForce.indicators().get(2));
        assertEquals(Optional.of(new BigDecimal("12000.00")), inForce.funding().total().adjusted());
        assertEquals(Optional.of(new BigDecimal("10000.00")), inForce.funding().total().initial());
        assertEquals(declared.funding().line(FundingSource.FISCAL), inForce.funding().line(FundingSource.FISCAL));
    }

    @Test
    void aRowIsAdjustedOnceAndChangesAreKeptInRowOrder() {
        Adjustment twice = adjustment.withTarget(4, Target.parse("≥95(%)")).withTarget(1, Target.parse("≥7(套)"));
        assertEquals(List.of(1, 4), twice.targets().stream().map(TargetChange::index).toList());
        assertEquals(Optional.of(Target.parse("≥7(套)")), twice.target(1));
        assertEquals(4, twice.lastRow());
        assertThrows(IllegalArgumentException.class, () -> new Adjustment(List.of(new TargetChange(1, Target.parse("1")),
                new TargetChange(1, Target.parse("2"))), Map.of(), "", Optional.empty()));
    }

    @Test
    void aTargetOrBudgetCanBeLeftAsDeclaredAgain() {
        Adjustment undone = adjustment.withoutTarget(1).withBudget(FundingSource.TOTAL, Optional.empty());
        assertEquals(List.of(), undone.targets());
        assertEquals(Map.of(), undone.budgets());
        assertEquals(-1, undone.lastRow());
        assertEquals("新增窗口人员", undone.reason());
    }

    @Test
    void aRowTheFormDoesNotHaveCannotBeAdjusted() {
        assertThrows(IllegalArgumentException.class,
                () -> Adjustment.EMPTY.withTarget(5, Target.parse("≥1")).applyTo(Years.declared()));
    }

    @Test
    void itsKindIsTheAdjustment() {
        assertEquals(StageKind.ADJUSTMENT, adjustment.kind());
    }
}
