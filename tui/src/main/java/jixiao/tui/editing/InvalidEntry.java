package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;

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
        return new InvalidEntry(new Bilingual("“" + text + "” 不是数字（例：12.50 或 4,099,271.00）",
                "'" + text + "' is not a number (e.g. 12.50 or 4,099,271.00)"));
    }
}
