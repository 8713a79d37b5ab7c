package jixiao.domain.lint;

import static jixiao.domain.Forms.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.ProjectKey;
import org.junit.jupiter.api.Test;

class LintTest {

    private static final ProjectKey A = form().named("A").build().key();
    private static final ProjectKey B = form().named("B").build().key();

    private static LintFinding finding(ProjectKey project, String code) {
        return new LintFinding(project, code, Bilingual.same(code), Optional.empty());
    }

    @Test
    void listsTheFindingsOfOneProject() {
        Lint lint = new Lint(List.of(finding(A, "x"), finding(B, "y"), finding(A, "z")));
        assertEquals(List.of("x", "z"), lint.about(A).stream().map(LintFinding::code).toList());
        assertEquals(List.of("x", "y", "z"), lint.codes());
        assertFalse(lint.isClean());
    }

    @Test
    void noFindingsIsClean() {
        assertTrue(new Lint(List.of()).isClean());
    }

    @Test
    void aFindingMayNameTheIndicatorItConcerns() {
        LintFinding finding = LintFinding.about(A, "x", new IndicatorRef(2, "工作服数量"), Bilingual.same("m"));
        assertEquals(3, finding.indicator().orElseThrow().row());
    }
}
