package jixiao.tui.window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jixiao.domain.language.Bilingual;

/** A question answered with one key (y/n, save/discard); Esc always backs out and does nothing. */
record Choice(Bilingual question, Map<Character, Runnable> answers) {

    Choice {
        Objects.requireNonNull(question, "question");
        answers = new LinkedHashMap<>(answers);
    }

    static Choice confirm(Bilingual question, Runnable yes) {
        return new Choice(question, Map.of('y', yes, 'n', () -> { }));
    }
}
