package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import jixiao.domain.Forms;
import org.junit.jupiter.api.Test;

class ProjectTest {

    @Test
    void aFormWithoutExecutedMoneyOrActualsIsADeclaration() {
        Project project = Forms.form().with(Forms.indicator("≥1(个)", "", null)).build();
        assertEquals(FormKind.DECLARATION, project.kind());
    }

    @Test
    void anExecutedAmountMakesItASelfEvaluation() {
        assertEquals(FormKind.SELF_EVALUATION, Forms.form().budget("10", "0").build().kind());
    }

    @Test
    void anyActualMakesItASelfEvaluation() {
        assertEquals(FormKind.SELF_EVALUATION, Forms.form().with(Forms.indicator("及时", "达成指标", null)).build().kind());
    }

    @Test
    void fundingAlwaysHasAllFourLinesInTheirOrder() {
        Funding funding = new Funding("元", Map.of(FundingSource.OTHER, FundingLine.EMPTY));
        assertEquals(List.of(FundingSource.values()), List.copyOf(funding.lines().keySet()));
    }

    @Test
    void aProjectNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> ProjectKey.of(2024, "某单位", " "));
    }

    @Test
    void indicatorsCannotBeChangedFromOutside() {
        Project project = Forms.clean().build();
        assertThrows(UnsupportedOperationException.class, () -> project.indicators().clear());
    }
}
