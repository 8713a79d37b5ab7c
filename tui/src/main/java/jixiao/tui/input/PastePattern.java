package jixiao.tui.input;

import com.googlecode.lanterna.input.CharacterPattern;
import java.util.List;
import java.util.Queue;

/**
 * Lanterna's side of a paste: the {@code ESC[200~} that {@link PasteFilter} leaves in the stream
 * becomes one {@link Pasted} event with the text the filter took out. Lanterna asks a pattern
 * about a full sequence once, when it ends, so each marker takes exactly one text.
 */
final class PastePattern implements CharacterPattern {

    private final Queue<String> pastes;

    PastePattern(Queue<String> pastes) {
        this.pastes = pastes;
    }

    @Override
    public Matching match(List<Character> sequence) {
        if (sequence.size() > PasteFilter.START.length) {
            return null;
        }
        for (int i = 0; i < sequence.size(); i++) {
            if (sequence.get(i) != (char) PasteFilter.START[i]) {
                return null;
            }
        }
        if (sequence.size() < PasteFilter.START.length) {
            return Matching.NOT_YET;
        }
        String text = pastes.poll();
        return new Matching(new Pasted(text == null ? "" : text));
    }
}
