package jixiao.domain.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortTextIsShownWhole() {
        assertEquals(new Bilingual("≥20.00(个)", "≥20.00(个)"), Excerpt.of("≥20.00(个)"));
    }

    @Test
    void longTextShowsItsStartAndItsLengthNeverTheWhole() {
        String cell = "甲".repeat(10 * 1024 * 1024);
        Bilingual shown = Excerpt.of(cell);
        assertEquals("甲".repeat(Excerpt.LENGTH) + "…（共 10485760 字）", shown.zh());
        assertEquals("甲".repeat(Excerpt.LENGTH) + "… (10485760 characters)", shown.en());
    }

    @Test
    void anExcerptIsOneLineWithControlsShownAsPictures() {
        assertEquals("a⏎b␛[2J", Excerpt.of("a\nb\u001b[2J").en());
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsNeverCutInHalf() {
        String text = "😀".repeat(Excerpt.LENGTH + 1);
        assertEquals("😀".repeat(Excerpt.LENGTH) + "… (41 characters)", Excerpt.of(text).en());
    }
}
