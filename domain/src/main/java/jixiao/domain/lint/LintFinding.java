package jixiao.domain.lint;

import java.util.Objects;
import java.util.Optional;
import jixiao.domain.check.FindingKind;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.ProjectKey;

/**
 * One doubt about how a form's targets were set: the project, a stable code, the message in both
 * languages, and the indicator it concerns (absent when it concerns the form as a whole).
 */
public record LintFinding(ProjectKey project, String code, Bilingual message, Optional<IndicatorRef> indicator) {

    public LintFinding {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(indicator, "indicator");
    }

    /** What kind of finding this is, in words: the code's name (the code stays for machines). */
    public Bilingual kind() {
        return FindingKind.named(code);
    }

    static LintFinding about(ProjectKey project, String code, IndicatorRef indicator, Bilingual message) {
        return new LintFinding(project, code, message, Optional.of(indicator));
    }
}
