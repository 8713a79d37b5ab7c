package jixiao.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatchTest {

    @Test
    void aMatchIsAFormAndHowItWasFound() {
        Match match = new Match(Workwear.evaluated2024().build(), MatchedBy.CODE);
        assertEquals("项目编码相同", match.by().label().zh());
        assertThrows(NullPointerException.class, () -> new Match(null, MatchedBy.CODE));
    }
}
