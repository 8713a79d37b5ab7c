package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class ScoreLineTest {

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);
    private final Review review = Examples.review(audit);

    @Test
    void aSelfEvaluationShowsTotalGradeExecutionWeightsAndFindings() {
        Line line = ScoreLine.of(review, false, Language.ZH, 120);

        assertTrue(line.text().startsWith("总分 99.32  等级 优  执行率 93.19% 9.32  分值合计 100.00  错误 0  提醒 "
                + review.warnings().size() + "  "), line.text());
        assertFalse(line.text().contains("未保存"), line.text());
        assertEquals(120, Columns.width(line.text()));
    }

    @Test
    void inEnglishTheGradeIsAWord() {
        Line line = ScoreLine.of(review, false, Language.EN, 120);

        assertTrue(line.text().startsWith("Total 99.32  Grade excellent  Execution 93.19% 9.32  weights 100.00  errors 0"),
                line.text());
    }

    @Test
    void unsavedEditsAreSaidAtTheEnd() {
        Line line = ScoreLine.of(review, true, Language.ZH, 120);

        assertTrue(line.text().stripTrailing().endsWith("*未保存"), line.text());
        assertEquals(new Segment("*未保存", Tone.WARNING), line.segments().get(line.segments().size() - 2));
    }

    @Test
    void weightsThatDoNotAddUpToAHundredShowTheirSumAndAnError() {
        Project heavier = audit.withIndicator(0, audit.indicators().get(0).withWeight(Optional.of(new BigDecimal("25.00"))));
        Review heavierReview = Examples.review(heavier);

        Line line = ScoreLine.of(heavierReview, false, Language.ZH, 120);

        assertTrue(line.text().contains("分值合计 105.00  错误 2  "), line.text());
        assertTrue(line.segments().contains(new Segment("错误 2  ", Tone.ERROR)), line.segments().toString());
    }

    @Test
    void aDeclarationSaysItIsNotScored() {
        Project declaration = Examples.declaration(Examples.AUDIT);

        Line line = ScoreLine.of(Examples.review(declaration), false, Language.ZH, 100);

        assertTrue(line.text().startsWith("申报表不计分  "), line.text());
        assertFalse(line.text().contains("总分"), line.text());
        assertFalse(line.text().contains("执行率"), line.text());
        assertFalse(line.text().contains("分值合计"), "a declaration has no weights: " + line.text());
    }

    @Test
    void aNarrowScreenCutsTheLineToItsWidth() {
        Line line = ScoreLine.of(review, true, Language.ZH, 30);

        assertEquals(30, Columns.width(line.text()));
        assertTrue(line.text().startsWith("总分 99.32  等级 优"), line.text());
    }
}
