package jixiao.domain.language;

import java.util.Objects;

/**
 * A piece of user-facing text in both languages. The domain produces every message and
 * explanation in both, so the CLI, the text UI and reports show the same words.
 */
public record Bilingual(String zh, String en) {

    public Bilingual {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** Text that reads the same in both languages, such as a formula. */
    public static Bilingual same(String text) {
        return new Bilingual(text, text);
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    @Override
    public String toString() {
        return zh;
    }
}
