package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {

    @Test
    void goingBackGivesTheVersionsNewestFirst() {
        History<String> history = new History<>();
        history.remember("a");
        history.remember("b");

        assertEquals(Optional.of("b"), history.back());
        assertEquals(Optional.of("a"), history.back());
        assertEquals(Optional.empty(), history.back());
        assertTrue(history.isEmpty());
    }

    @Test
    void pastTwoHundredEditsTheOldestAreForgotten() {
        History<Integer> history = new History<>();
        for (int i = 0; i < 250; i++) {
            history.remember(i);
        }
        int kept = 0;
        Optional<Integer> last = Optional.empty();
        for (Optional<Integer> back = history.back(); back.isPresent(); back = history.back()) {
            kept++;
            last = back;
        }
        assertEquals(200, kept);
        assertEquals(Optional.of(50), last);
    }
}
