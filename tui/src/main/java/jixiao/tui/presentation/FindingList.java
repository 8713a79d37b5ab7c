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

/**
 * What the checks and the target-quality lint found, one line each, worst first: errors,
 * mismatches, warnings, then the lint's findings the checks did not already make.
 */
public final class FindingList {

    private static final Bilingual TARGET_QUALITY = new Bilingual("目标质量", "targets");

    private FindingList() {
    }

    /** One line of the list: what kind of finding, its tone, the indicator it is about, the message. */
    public record Entry(Bilingual kind, Tone tone, Optional<IndicatorRef> indicator, Bilingual message) {
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
                entries.add(new Entry(TARGET_QUALITY, Tone.WARNING, finding.indicator(), finding.message()));
            }
        }
        return entries;
    }

    public static List<Line> rows(List<Entry> entries, Language language, int width, Viewport viewport, int selected) {
        List<Line> lines = new ArrayList<>();
        for (int i = viewport.top(); i < viewport.end(entries.size()); i++) {
            Entry entry = entries.get(i);
            String where = entry.indicator().map(ref -> "#" + ref.row()).orElse("");
            lines.add(Line.fitted(Columns.fit(entry.kind().in(language), 8) + " " + Columns.fitRight(where, 4) + "  "
                    + entry.message().in(language), i == selected ? Tone.SELECTED : entry.tone(), width));
        }
        return lines;
    }

    private static Entry entry(Finding finding) {
        Tone tone = finding.severity() == Severity.WARNING ? Tone.WARNING : Tone.ERROR;
        return new Entry(finding.severity().label(), tone, finding.indicator(), finding.message());
    }

    /** A finding's code and indicator: the same from the checks and from the lint. */
    private static String identity(String code, Optional<IndicatorRef> indicator) {
        return code + "@" + indicator.map(IndicatorRef::index).orElse(-1);
    }
}
