package jixiao.tui.editing;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.project.Amounts;

/** Reading numbers from what was typed, with the refusal a field shows. */
final class Typed {

    private Typed() {
    }

    static Optional<BigDecimal> amount(String text) throws InvalidEntry {
        try {
            return Amounts.parse(text);
        } catch (NumberFormatException e) {
            throw InvalidEntry.notANumber(text.strip());
        }
    }
}
