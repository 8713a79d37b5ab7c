package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jixiao.domain.target.Target;
import org.junit.jupiter.api.Test;

class TargetChangeTest {

    @Test
    void aRowIsCountedFromZeroAndShownFromOne() {
        assertEquals(3, new TargetChange(2, Target.parse("≥300(个)")).position());
    }

    @Test
    void thereIsNoRowBeforeTheFirst() {
        assertThrows(IllegalArgumentException.class, () -> new TargetChange(-1, Target.parse("≥1")));
    }
}
