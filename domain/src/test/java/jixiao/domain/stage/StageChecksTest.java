package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Severity;
import jixiao.domain.project.WholeProjectFunding;
import org.junit.jupiter.api.Test;

class StageChecksTest {

    @Test
    void wholeProjectFundingThatDoesNotAddUpIsAnError() {
        Declaration declared = Declaration.of(Years.declared()).withWholeProject(WholeProjectFunding.of(
                new BigDecimal("30000.00"), new BigDecimal("20000.00"), new BigDecimal("5000.00")));
        List<Finding> found = StageChecks.of(declared);
        assertEquals(List.of("whole-project-funding-not-summed"), found.stream().map(Finding::code).toList());
        assertEquals("项目资金总额 30000.00 ≠ 财政资金 + 其他资金 = 25000.00", found.get(0).message().zh());
        assertEquals(List.of(), StageChecks.of(Declaration.of(Years.declared())));
    }

    @Test
    void anAdjustmentNeedsAReasonAndShouldHaveAnApprovalDate() {
        List<Finding> found = StageChecks.of(Adjustment.EMPTY);
        assertEquals(List.of("adjustment-without-reason", "adjustment-without-date"),
                found.stream().map(Finding::code).toList());
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), found.stream().map(Finding::severity).toList());
        assertEquals(List.of(), StageChecks.of(Adjustment.EMPTY.withReason("新增窗口人员")
                .withApprovedOn(Optional.of(LocalDate.of(2025, 6, 30)))));
    }
}
