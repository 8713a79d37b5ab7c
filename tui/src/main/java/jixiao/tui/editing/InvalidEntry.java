package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.tui.words.Words;

/** Typed text a field cannot hold, with the reason in both languages. An expected outcome, so checked. */
public final class InvalidEntry extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual reason;

    public InvalidEntry(Bilingual reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Bilingual reason() {
        return reason;
    }

    static InvalidEntry notANumber(String text) {
        return new InvalidEntry(Words.format(Words.NOT_A_NUMBER, text));
    }
}
