package jixiao.domain.check;

import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Bilingual;

/**
 * Something the checks found: an error, a warning or a mismatch, with a stable code, a message in
 * both languages, the indicator it concerns (if any), and for mismatches both figures.
 */
public record Finding(Severity severity, String code, Bilingual message,
        Optional<IndicatorRef> indicator, Optional<Difference> difference) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(difference, "difference");
    }

    /** What kind of finding this is, in words: the code's name (the code stays for machines). */
    public Bilingual kind() {
        return FindingKind.named(code);
    }

    static Finding about(Severity severity, String code, Bilingual message) {
        return new Finding(severity, code, message, Optional.empty(), Optional.empty());
    }

    static Finding about(Severity severity, String code, IndicatorRef indicator, Bilingual message) {
        return new Finding(severity, code, message, Optional.of(indicator), Optional.empty());
    }
}
