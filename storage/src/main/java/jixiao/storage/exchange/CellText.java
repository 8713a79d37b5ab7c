package jixiao.storage.exchange;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Printable;

/**
 * What every text of an imported file must be, whatever its format: no longer than a cell, and
 * without control characters. An ESC or a BEL would reach terminals and printouts raw, and a form
 * never needs one; tabs and line breaks are text.
 */
final class CellText {

    private CellText() {
    }

    /** Why the text cannot be imported, or empty when it can. */
    static Optional<Bilingual> problem(String text, Limits limits) {
        return tooLong(text, limits).or(() -> control(text));
    }

    /**
     * Why the text cannot be imported, if it is too long; for a reader that knows it has no control
     * characters ({@link Printable#mayBeControl}), the only thing left to check.
     */
    static Optional<Bilingual> tooLong(String text, Limits limits) {
        if (text.length() <= limits.cellChars()) {
            return Optional.empty();
        }
        return Optional.of(new Bilingual("长 " + text.length() + " 字，超过单元格的上限 " + limits.cellChars() + " 字",
                text.length() + " characters long, more than a cell's " + limits.cellChars()));
    }

    private static Optional<Bilingual> control(String text) {
        int control = Printable.firstControl(text);
        if (control < 0) {
            return Optional.empty();
        }
        String code = String.format("U+%04X", (int) text.charAt(control));
        String shown = Printable.of(String.valueOf(text.charAt(control)));
        return Optional.of(new Bilingual("第 " + (control + 1) + " 个字符是控制字符 " + code + "（" + shown + "）：请删去",
                "character " + (control + 1) + " is a control character, " + code + " (" + shown + "): remove it"));
    }
}
