package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LikelihoodTest {

    @Test
    void readsTheFormsWordsAndTheirEnglish() {
        assertEquals(Optional.of(Likelihood.CERTAIN), Likelihood.of(" 确定能 "));
        assertEquals(Optional.of(Likelihood.POSSIBLE), Likelihood.of("有可能"));
        assertEquals(Optional.of(Likelihood.IMPOSSIBLE), Likelihood.of("完全不可能"));
        assertEquals(Optional.of(Likelihood.IMPOSSIBLE), Likelihood.of("Impossible"));
    }

    @Test
    void otherWordsAreNoLikelihood() {
        assertEquals(Optional.empty(), Likelihood.of("可能"));
        assertEquals(Optional.empty(), Likelihood.of(""));
    }
}
