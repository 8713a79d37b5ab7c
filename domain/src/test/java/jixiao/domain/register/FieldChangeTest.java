package jixiao.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jixiao.domain.Forms;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    private final Project before = Forms.clean().build();

    private List<FieldChange> changes(Project after) {
        return new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 1, Optional.of(snapshot(before)),
                Optional.of(snapshot(after)), Optional.empty()).fieldChanges();
    }

    private static Snapshot snapshot(Project project) {
        return new Snapshot(project, Optional.of("national-2020"));
    }

    @Test
    void anIndicatorsFieldIsNamedByItsRowAndThePapersLabel() {
        Project after = before.withIndicator(1, before.indicators().get(1).withActual("4(次)"));

        FieldChange change = changes(after).get(0);

        assertEquals("indicators[2].actual", change.field());
        assertEquals(new Bilingual("第2行 实际完成值", "row 2 Actual"), change.label());
    }

    @Test
    void aFundingAmountIsNamedByItsLineAndColumn() {
        Project after = before.withFunding(before.funding().with(FundingSource.TOTAL,
                FundingLine.of(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("80"))));

        FieldChange change = changes(after).get(0);

        assertEquals("funding.total.executed", change.field());
        assertEquals("年度资金总额 全年执行数", change.label().zh());
    }

    @Test
    void theHeadersFieldsAreNamedAsThePaperPrintsThem() {
        Project after = before.withProfile(before.profile().withNature("其他经常性项目").withStart("2024-01-01"))
                .withGoals(before.goals().withAnnual("年度目标"));

        assertEquals(List.of("项目性质", "计划开始日期", "年度总体目标"),
                changes(after).stream().map(change -> change.label().zh()).toList());
    }

    @Test
    void theRuleSetIsNamedAsARuleSet() {
        Change repinned = new Change(1, Instant.EPOCH, "test", Change.Action.UPDATE, 1, Optional.of(snapshot(before)),
                Optional.of(new Snapshot(before, Optional.of("training-20@d63a859a"))), Optional.empty());

        assertEquals(List.of(new Bilingual("规则集", "rule set")),
                repinned.fieldChanges().stream().map(FieldChange::label).toList());
    }
}
