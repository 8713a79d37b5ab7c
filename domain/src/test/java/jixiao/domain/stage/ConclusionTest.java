package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConclusionTest {

    @Test
    void rectifyingNeedsMeasures() {
        Conclusion yes = Conclusion.EMPTY.withSummary("总体进展正常").withRectify(Optional.of(true));
        assertTrue(yes.rectifiesWithoutMeasures());
        assertFalse(yes.withRectifyNote("调整采购计划").rectifiesWithoutMeasures());
    }

    @Test
    void noRectifyingOrNoAnswerYetNeedsNone() {
        assertFalse(Conclusion.EMPTY.rectifiesWithoutMeasures());
        assertFalse(Conclusion.EMPTY.withRectify(Optional.of(false)).rectifiesWithoutMeasures());
    }
}
