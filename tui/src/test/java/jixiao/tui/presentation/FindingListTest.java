package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.check.Review;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.lint.LintFinding;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class FindingListTest {

    /** The audit form with a score below full marks and no note (row 2), and weights that add up to 105. */
    private final Project wrong = wrong();
    private final Review review = Examples.review(wrong);

    @Test
    void errorsComeFirstThenMismatchesThenWarnings() {
        List<FindingList.Entry> ordered = FindingList.of(review, List.of());

        assertEquals(review.findings().size(), ordered.size());
        assertTrue(review.warnings().size() > 0, "the example has warnings to come last");
        List<Severity> severities = ordered.stream().map(FindingListTest::severity).toList();
        int lastError = severities.lastIndexOf(Severity.ERROR);
        int firstOther = Math.min(indexOr(severities, Severity.MISMATCH), indexOr(severities, Severity.WARNING));
        assertEquals(review.errors().size() - 1, lastError);
        assertTrue(lastError < firstOther, severities.toString());
        assertTrue(severities.lastIndexOf(Severity.MISMATCH) < indexOr(severities, Severity.WARNING), severities.toString());
    }

    @Test
    void aRowSaysTheSeverityTheIndicatorsRowAndTheMessage() {
        List<FindingList.Entry> ordered = FindingList.of(review, List.of());

        List<Line> rows = FindingList.rows(ordered, Language.ZH, 100, new Viewport(0, 10), -1);

        String aboutRow2 = rows.stream().map(Line::text).filter(text -> text.contains("内控风险评估次数：得分"))
                .findFirst().orElseThrow();
        assertTrue(aboutRow2.startsWith("错误       #2  缺少偏差说明：内控风险评估次数：得分 2.00 低于满分 5.00"), aboutRow2);
        String aboutTheForm = rows.stream().map(Line::text).filter(text -> text.contains("分值合计应为"))
                .findFirst().orElseThrow();
        assertTrue(aboutTheForm.startsWith("错误           分值合计不符：分值合计应为 100，实为 105.00"), aboutTheForm);
    }

    @Test
    void aLongMessageWrapsUnderItselfInsteadOfEndingInAnEllipsis() {
        FindingList.Entry error = FindingList.of(review, List.of()).get(0);

        List<Line> lines = FindingList.lines(error, Language.ZH, 40, false);

        assertTrue(lines.size() > 1, lines.toString());
        String all = String.join("", lines.stream().map(line -> line.text().strip()).toList());
        assertTrue(all.replace(" ", "").contains(error.message().zh().replace(" ", "")), all);
        assertTrue(lines.stream().noneMatch(line -> line.text().contains("…")), lines.toString());
        assertTrue(lines.get(1).text().startsWith(" ".repeat(15)), "continued under the message: " + lines.get(1).text());
    }

    @Test
    void rowsAreTheWidthAndTheSelectedOneIsSelected() {
        List<FindingList.Entry> ordered = FindingList.of(review, List.of());

        List<Line> rows = FindingList.rows(ordered, Language.ZH, 200, new Viewport(0, 10), 1);

        for (Line row : rows) {
            assertEquals(200, Columns.width(row.text()), row.text());
        }
        assertEquals(ordered.size(), rows.size(), "200 columns hold every message on one line");
        assertEquals(Tone.SELECTED, rows.get(1).segments().get(0).tone());
        assertEquals(Tone.ERROR, rows.get(0).segments().get(0).tone());
        assertEquals(Tone.WARNING, rows.get(rows.size() - 1).segments().get(0).tone());
    }

    @Test
    void theLintAddsWhatTheChecksDidNotAlreadySay() {
        Finding checked = review.warnings().stream().filter(finding -> finding.code().equals("target-met-by-nothing"))
                .findFirst().orElseThrow();
        LintFinding same = new LintFinding(wrong.key(), checked.code(), checked.message(), checked.indicator());
        LintFinding more = new LintFinding(wrong.key(), "target-below-last-actual",
                new Bilingual("目标低于去年实际", "target below last year's actual"), Optional.of(new IndicatorRef(1, "x")));

        List<FindingList.Entry> entries = FindingList.of(review, List.of(same, more));

        assertEquals(review.findings().size() + 1, entries.size());
        FindingList.Entry last = entries.get(entries.size() - 1);
        assertEquals("目标质量", last.severity().zh());
        assertEquals("目标低于上年实际", last.kind().zh());
        assertEquals(Tone.WARNING, last.tone());
        assertEquals("目标低于去年实际", last.message().zh());
    }

    private static Severity severity(FindingList.Entry entry) {
        for (Severity severity : Severity.values()) {
            if (severity.label().equals(entry.severity())) {
                return severity;
            }
        }
        throw new AssertionError("not a check's finding: " + entry);
    }

    private static int indexOr(List<Severity> severities, Severity severity) {
        int at = severities.indexOf(severity);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static Project wrong() {
        Project audit = Examples.selfEvaluation(Examples.AUDIT);
        Project shortOfTarget = audit.withIndicator(1,
                audit.indicators().get(1).withActual("0.4(次)").withManualScore(Optional.empty()));
        return shortOfTarget.withIndicator(0,
                shortOfTarget.indicators().get(0).withWeight(Optional.of(new BigDecimal("25.00"))));
    }
}
