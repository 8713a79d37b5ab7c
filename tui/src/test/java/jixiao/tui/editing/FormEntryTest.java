package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.ProjectYear;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class FormEntryTest {

    private final WholeProjectFunding whole = WholeProjectFunding.of(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1"));
    private final ProjectYear declared = ProjectYear.of(new Declaration(Examples.declaration("工作服置装费"), whole));

    private static StoredProject stored(ProjectYear year) {
        return new StoredProject(1, new Revision(1, Instant.EPOCH, "test"), RuleSets.national2020(), year);
    }

    @Test
    void aDeclarationIsTypedWithItsWholeProjectsFunding() {
        FormEntry entry = FormEntry.of(stored(declared));

        assertEquals(whole, entry.wholeProject());
        assertEquals(declared.latestForm(), entry.form());
    }

    @Test
    void everyLaterStageIsTypedThroughItsFormAlone() {
        assertEquals(WholeProjectFunding.EMPTY, FormEntry.of(stored(declared.startSelfEvaluation())).wholeProject());
    }
}
