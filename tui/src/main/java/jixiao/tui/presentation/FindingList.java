package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.domain.check.Finding;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.check.Review;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.lint.LintFinding;
import jixiao.tui.words.Words;

/**
 * What the checks and the target-quality lint found, worst first: errors, mismatches, warnings,
 * then the lint's findings the checks did not already make. Each names its kind and wraps its
 * message: a finding is read, so it is never cut short.
 */
public final class FindingList {

    private static final int KIND = 8;
    private static final int ROW = 4;

    private FindingList() {
    }

    /** One entry of the list: how serious, what kind of finding, its tone, the indicator it is about, the message. */
    public record Entry(Bilingual severity, Bilingual kind, Tone tone, Optional<IndicatorRef> indicator, Bilingual message) {
    }

    public static List<Entry> of(Review review, List<LintFinding> lint) {
        List<Entry> entries = new ArrayList<>();
        review.errors().forEach(finding -> entries.add(entry(finding)));
        review.mismatches().forEach(finding -> entries.add(entry(finding)));
        review.warnings().forEach(finding -> entries.add(entry(finding)));
        Set<String> made = review.findings().stream().map(finding -> identity(finding.code(), finding.indicator()))
                .collect(Collectors.toSet());
        for (LintFinding finding : lint) {
            if (!made.contains(identity(finding.code(), finding.indicator()))) {
                entries.add(new Entry(Words.TARGET_QUALITY, finding.kind(), Tone.WARNING, finding.indicator(), finding.message()));
            }
        }
        return entries;
    }

    /** The entries in the viewport, each as many lines as its message needs, the selected one highlighted. */
    public static List<Line> rows(List<Entry> entries, Language language, int width, Viewport viewport, int selected) {
        List<Line> lines = new ArrayList<>();
        for (int i = viewport.top(); i < viewport.end(entries.size()); i++) {
            lines.addAll(lines(entries.get(i), language, width, i == selected));
        }
        return lines;
    }

    /**
     * One entry: its severity, the row it is about, and the kind and message wrapped under each
     * other, never cut: {@code 错误      #3  缺少偏差说明：专项审计工作完成率：得分低于满分…}.
     */
    public static List<Line> lines(Entry entry, Language language, int width, boolean selected) {
        String where = entry.indicator().map(ref -> "#" + ref.row()).orElse("");
        String margin = Columns.fit(entry.severity().in(language), KIND) + " " + Columns.fitRight(where, ROW) + "  ";
        int indent = Columns.width(margin);
        Tone tone = selected ? Tone.SELECTED : entry.tone();
        List<Line> wrapped = Line.wrapped(entry.kind().in(language) + Words.COLON.in(language) + entry.message().in(language),
                tone, Math.max(1, width - indent));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i++) {
            List<Segment> parts = new ArrayList<>();
            parts.add(new Segment(i == 0 ? margin : " ".repeat(indent), tone));
            parts.addAll(wrapped.get(i).segments());
            lines.add(Line.fitted(parts, width));
        }
        return lines;
    }

    private static Entry entry(Finding finding) {
        Tone tone = finding.severity() == Severity.WARNING ? Tone.WARNING : Tone.ERROR;
        return new Entry(finding.severity().label(), finding.kind(), tone, finding.indicator(), finding.message());
    }

    /** A finding's code and indicator: the same from the checks and from the lint. */
    private static String identity(String code, Optional<IndicatorRef> indicator) {
        return code + "@" + indicator.map(IndicatorRef::index).orElse(-1);
    }
}
