package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.tui.editing.InvalidEntry;
import org.junit.jupiter.api.Test;

class TypingPreviewTest {

    private static final Bilingual NOT_A_NUMBER = new Bilingual("不是数字", "not a number");

    private final List<Integer> taken = new ArrayList<>();
    /** A draft of one number: a field's text is added to it; its review is the number in words. */
    private final TypingPreview<String, Integer, String> preview = new TypingPreview<>(
            (field, text) -> 10 + number(text), value -> "review of " + value, taken::add);

    @Test
    void whileTypingTheValueAsItWouldBeAndItsReviewAreShown() {
        assertEquals(Optional.empty(), preview.type("field", "5"));
        assertEquals(15, preview.shown(10));
        assertEquals("review of 15", preview.shownReview("review of 10"));
        assertEquals(List.of(), taken);
    }

    @Test
    void textThatCannotBeShowsTheDraftAsItIsAndSaysWhy() {
        preview.type("field", "5");
        assertEquals(Optional.of(NOT_A_NUMBER), preview.type("field", "x"));
        assertEquals(10, preview.shown(10));
        assertEquals("review of 10", preview.shownReview("review of 10"));
    }

    @Test
    void enterTakesTheTextIntoTheDraftAndEndsThePreview() {
        preview.type("field", "5");
        assertEquals(Optional.empty(), preview.take("field", "5"));
        assertEquals(List.of(15), taken);
        assertEquals(10, preview.shown(10));
    }

    @Test
    void enterOnTextThatCannotBeTakesNothingAndKeepsThePreview() {
        preview.type("field", "5");
        assertEquals(Optional.of(NOT_A_NUMBER), preview.take("field", "x"));
        assertEquals(List.of(), taken);
        assertEquals(15, preview.shown(10));
    }

    @Test
    void droppingShowsTheDraftAgain() {
        preview.type("field", "5");
        preview.drop();
        assertEquals(10, preview.shown(10));
        assertEquals("review of 10", preview.shownReview("review of 10"));
    }

    private static int number(String text) throws InvalidEntry {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidEntry(NOT_A_NUMBER);
        }
    }
}
