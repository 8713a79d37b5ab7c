package jixiao.domain.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HalfWidthTest {

    @Test
    void foldsFullWidthDigitsSignsBracketsAndTheIdeographicSpace() {
        assertEquals("=100% (个)", HalfWidth.of("＝１００％　（个）"));
        assertEquals("4,099,271.00", HalfWidth.of("４，０９９，２７１．００"));
    }

    @Test
    void leavesChineseAndHalfWidthTextAlone() {
        assertEquals("≥20.00(个) 及时", HalfWidth.of("≥20.00(个) 及时"));
        assertEquals("", HalfWidth.of(null));
    }

    /** What lets a parser ask whether typed text is blank before folding it. */
    @Test
    void foldsSpacesToSpacesAndNothingElseToOne() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            String typed = String.valueOf((char) code);
            assertEquals(typed.isBlank(), HalfWidth.of(typed).isBlank(), () -> "U+" + Integer.toHexString(typed.charAt(0)));
        }
    }
}
