package jixiao.storage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jixiao.domain.check.Difference;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Severity;

/**
 * What a printed form says under its table. A figure the paper printed otherwise than the rules
 * give (rate, scores, total, grade) is printed as the rules give it and marked {@code ¹ ² …}, with a
 * footnote "表上印 … / 按规则 …", so that a reader comparing it with the filed paper sees why they
 * differ. Then the form's own findings: errors and warnings, each as the checks word it.
 */
final class Notes {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Map<String, String> FIGURES = Map.of(
            "execution_weight", "预算执行率分值",
            "execution_rate", "执行率",
            "execution_score", "预算执行得分",
            "total_score", "总分",
            "grade", "评分等级");

    private final List<Finding> marked = new ArrayList<>();
    private final List<Finding> listed = new ArrayList<>();

    private Notes(List<Finding> findings) {
        for (Finding finding : findings) {
            (finding.difference().isPresent() ? marked : listed).add(finding);
        }
    }

    /** The notes of a form's findings: its review's, its stage's and its lights' ({@code StageReview#findings()}). */
    static Notes of(List<Finding> findings) {
        return new Notes(findings);
    }

    /** The mark for a published figure of the form ({@code execution_rate}, …); empty if it agrees. */
    String mark(String field) {
        return marks(finding -> finding.indicator().isEmpty() && field(finding).equals(field));
    }

    /** The mark for an indicator's printed score (by position, from 0); empty if it agrees. */
    String indicatorMark(int index) {
        return marks(finding -> finding.indicator().map(ref -> ref.index() == index).orElse(false));
    }

    /** The lines under the table: the footnotes, then the findings; none for a form with nothing to say. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < marked.size(); i++) {
            lines.add(footnote(i, marked.get(i)));
        }
        if (!listed.isEmpty()) {
            lines.add("本表检查发现：");
            listed.forEach(finding -> lines.add(finding(finding)));
        }
        return lines;
    }

    /** Writes the lines as full-width notes under the table, from {@code row}. */
    void appendTo(Grid grid, int row) {
        List<String> lines = lines();
        if (!lines.isEmpty()) {
            grid.notesFrom(row);
        }
        for (String line : lines) {
            grid.across(row++, 0, grid.columns() - 1, line, Grid.Style.NOTE);
        }
    }

    private String marks(Predicate<Finding> about) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < marked.size(); i++) {
            if (about.test(marked.get(i))) {
                marks.append(superscript(i + 1));
            }
        }
        return marks.toString();
    }

    private static String footnote(int index, Finding finding) {
        Difference difference = finding.difference().orElseThrow();
        String what = finding.indicator().map(ref -> "第" + ref.row() + "行 " + ref.name() + " 得分")
                .orElseGet(() -> FIGURES.getOrDefault(difference.field(), difference.field()));
        String judgement = finding.severity() == Severity.WARNING ? "（人工评分，已填偏差原因）" : "";
        return superscript(index + 1) + " " + what + "：表上印 " + difference.printed() + " / 按规则 "
                + difference.computed() + judgement;
    }

    private static String finding(Finding finding) {
        String where = finding.indicator().map(ref -> "（第" + ref.row() + "行）").orElse("");
        return finding.severity().label().zh() + where + "：" + finding.message().zh();
    }

    static String superscript(int number) {
        StringBuilder digits = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            digits.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return digits.toString();
    }

    private static String field(Finding finding) {
        return finding.difference().map(Difference::field).orElse("");
    }
}
