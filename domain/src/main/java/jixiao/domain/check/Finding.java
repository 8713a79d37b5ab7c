package jixiao.domain.check;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Deferred;

/**
 * Something the checks found: an error, a warning or a mismatch, with a stable code, a message in
 * both languages, the indicator it concerns (if any), and for mismatches both figures. The checks
 * write the message when it is first read: the register counts the findings of thousands of
 * projects and reads none of their words (docs/benchmarks.md, issue 14). Equal findings say the
 * same about the same.
 */
public final class Finding {

    private final Severity severity;
    private final String code;
    private final Deferred<Bilingual> message;
    private final Optional<IndicatorRef> indicator;
    private final Optional<Difference> difference;

    public Finding(Severity severity, String code, Bilingual message, Optional<IndicatorRef> indicator,
            Optional<Difference> difference) {
        this(severity, code, Deferred.done(message), indicator, difference);
    }

    private Finding(Severity severity, String code, Deferred<Bilingual> message, Optional<IndicatorRef> indicator,
            Optional<Difference> difference) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.code = Objects.requireNonNull(code, "code");
        this.message = Objects.requireNonNull(message, "message");
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.difference = Objects.requireNonNull(difference, "difference");
    }

    public Severity severity() {
        return severity;
    }

    public String code() {
        return code;
    }

    public Bilingual message() {
        return message.get();
    }

    public Optional<IndicatorRef> indicator() {
        return indicator;
    }

    public Optional<Difference> difference() {
        return difference;
    }

    /** What kind of finding this is, in words: the code's name (the code stays for machines). */
    public Bilingual kind() {
        return FindingKind.named(code);
    }

    static Finding about(Severity severity, String code, Supplier<Bilingual> message) {
        return new Finding(severity, code, Deferred.of(message), Optional.empty(), Optional.empty());
    }

    static Finding about(Severity severity, String code, IndicatorRef indicator, Supplier<Bilingual> message) {
        return new Finding(severity, code, Deferred.of(message), Optional.of(indicator), Optional.empty());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && severity == that.severity && code.equals(that.code)
                && indicator.equals(that.indicator) && difference.equals(that.difference)
                && message().equals(that.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, code, message(), indicator, difference);
    }

    @Override
    public String toString() {
        return "Finding[severity=" + severity + ", code=" + code + ", message=" + message() + ", indicator="
                + indicator + ", difference=" + difference + "]";
    }
}
