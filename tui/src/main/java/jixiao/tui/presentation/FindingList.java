package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Review;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;

/** The findings of a review, errors first, one line each: severity, the indicator's row, the message. */
public final class FindingList {

    private FindingList() {
    }

    /** Errors, then mismatches, then warnings: the order a person should work through them. */
    public static List<Finding> ordered(Review review) {
        List<Finding> ordered = new ArrayList<>(review.errors());
        ordered.addAll(review.mismatches());
        ordered.addAll(review.warnings());
        return ordered;
    }

    public static List<Line> rows(List<Finding> findings, Language language, int width, Viewport viewport, int selected) {
        List<Line> lines = new ArrayList<>();
        for (int i = viewport.top(); i < viewport.end(findings.size()); i++) {
            Finding finding = findings.get(i);
            Tone tone = i == selected ? Tone.SELECTED : finding.severity() == Severity.WARNING ? Tone.WARNING : Tone.ERROR;
            String where = finding.indicator().map(ref -> "#" + ref.row()).orElse("");
            lines.add(Line.fitted(Columns.fit(finding.severity().label().in(language), 6) + " "
                    + Columns.fitRight(where, 4) + "  " + finding.message().in(language), tone, width));
        }
        return lines;
    }
}
