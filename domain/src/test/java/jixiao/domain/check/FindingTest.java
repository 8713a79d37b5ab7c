package jixiao.domain.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;

class FindingTest {

    private final IndicatorRef ref = new IndicatorRef(0, "培训人数");

    @Test
    void aFindingIsCountedWithoutItsMessageBeingWritten() {
        AtomicInteger written = new AtomicInteger();
        Finding finding = Finding.about(Severity.ERROR, FindingKind.MISSING_WEIGHT.code(), ref, () -> {
            written.incrementAndGet();
            return new Bilingual("培训人数：未填分值", "培训人数: no weight");
        });

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(Optional.of(ref), finding.indicator());
        assertEquals(0, written.get());
        assertEquals("培训人数: no weight", finding.message().en());
        assertEquals("培训人数：未填分值", finding.message().zh());
        assertEquals(1, written.get());
    }

    @Test
    void findingsThatSayTheSameAboutTheSameAreEqualHoweverTheirMessageWasWritten() {
        Bilingual words = new Bilingual("培训人数：未填分值", "培训人数: no weight");
        Finding written = new Finding(Severity.ERROR, "missing-weight", words, Optional.of(ref), Optional.empty());
        Finding lazy = Finding.about(Severity.ERROR, "missing-weight", ref, () -> words);

        assertEquals(written, lazy);
        assertEquals(written.hashCode(), lazy.hashCode());
        assertNotEquals(written, Finding.about(Severity.WARNING, "missing-weight", ref, () -> words));
        assertEquals("缺少分值", lazy.kind().zh());
    }
}
