package jixiao.domain.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private final Finding formError = new Finding(Severity.ERROR, "weights-not-100", Bilingual.same("w"),
            Optional.empty(), Optional.empty());
    private final Finding rowWarning = new Finding(Severity.WARNING, "blue-light", Bilingual.same("b"),
            Optional.of(new IndicatorRef(2, "指标")), Optional.empty());
    private final Finding rowError = new Finding(Severity.ERROR, "no-light", Bilingual.same("n"),
            Optional.of(new IndicatorRef(2, "指标")), Optional.empty());
    private final List<Finding> findings = List.of(formError, rowWarning, rowError);

    @Test
    void picksTheFindingsOfOneSeverityInTheirOrder() {
        assertEquals(List.of(formError, rowError), Findings.of(findings, Severity.ERROR));
        assertEquals(List.of(), Findings.of(findings, Severity.MISMATCH));
    }

    @Test
    void picksTheFindingsAboutOneIndicator() {
        assertEquals(List.of(rowWarning, rowError), Findings.about(findings, 2));
        assertEquals(List.of(), Findings.about(findings, 0));
    }
}
