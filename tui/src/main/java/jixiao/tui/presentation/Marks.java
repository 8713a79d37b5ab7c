package jixiao.tui.presentation;

import java.util.List;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Language;
import jixiao.tui.words.Words;

/** The one-character status mark of a row: its worst finding. */
final class Marks {

    private Marks() {
    }

    static Segment of(List<Finding> findings, Language language) {
        if (has(findings, Severity.ERROR)) {
            return new Segment(Words.ERROR_MARK.in(language), Tone.ERROR);
        }
        if (has(findings, Severity.MISMATCH)) {
            return new Segment("≠ ", Tone.ERROR);
        }
        if (has(findings, Severity.WARNING)) {
            return new Segment(Words.WARNING_MARK.in(language), Tone.WARNING);
        }
        return new Segment("  ", Tone.NORMAL);
    }

    private static boolean has(List<Finding> findings, Severity severity) {
        return findings.stream().anyMatch(finding -> finding.severity() == severity);
    }
}
