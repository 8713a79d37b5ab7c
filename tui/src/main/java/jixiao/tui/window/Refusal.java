package jixiao.tui.window;

import jixiao.domain.language.Bilingual;

/** Slow work that decided not to go ahead, with the reason to show. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual reason;

    Refusal(Bilingual reason) {
        super(reason.en());
        this.reason = reason;
    }

    Bilingual reason() {
        return reason;
    }
}
