package jixiao.tui.window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jixiao.domain.language.Bilingual;

/**
 * A question answered with one key (y/n, save/discard); Esc always backs out and does nothing.
 * The keys that answer it are said apart from the question, so a long question cannot push them
 * off a narrow screen: the question goes on the message line, its keys on the key bar.
 */
record Choice(Bilingual question, Bilingual keys, Map<Character, Runnable> answers) {

    Choice {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(keys, "keys");
        answers = new LinkedHashMap<>(answers);
    }

    static Choice confirm(Bilingual question, Bilingual keys, Runnable yes) {
        return new Choice(question, keys, Map.of('y', yes, 'n', () -> { }));
    }
}
