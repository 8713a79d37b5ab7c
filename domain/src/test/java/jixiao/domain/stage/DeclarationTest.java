package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import jixiao.domain.Forms;
import jixiao.domain.project.WholeProjectFunding;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    @Test
    void aDeclarationHoldsTargetsOnly() {
        assertThrows(IllegalArgumentException.class, () -> Declaration.of(Forms.clean().build()));
        assertThrows(IllegalArgumentException.class,
                () -> Declaration.of(Forms.form().with(Forms.indicator("≥1(个)", "1(个)", null)).build()));
    }

    @Test
    void theWholeProjectsFundingIsBlankUntilGiven() {
        Declaration declared = Declaration.of(Years.declared());
        assertEquals(WholeProjectFunding.EMPTY, declared.wholeProject());
        WholeProjectFunding whole = WholeProjectFunding.of(new BigDecimal("30000.00"), new BigDecimal("30000.00"), null);
        assertEquals(whole, declared.withWholeProject(whole).wholeProject());
        assertEquals(StageKind.DECLARATION, declared.kind());
    }

    @Test
    void anEditedFormIsStillADeclaration() {
        Declaration declared = Declaration.of(Years.declared());
        assertEquals("≥5(套)", declared.withForm(declared.form().withIndicator(1,
                declared.form().indicators().get(1).withTarget("≥5(套)"))).form().indicators().get(1).target().text());
        assertThrows(IllegalArgumentException.class, () -> declared.withForm(declared.form().withIndicator(1,
                declared.form().indicators().get(1).withActual("5(套)"))));
    }
}
