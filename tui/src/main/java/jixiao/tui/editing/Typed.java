package jixiao.tui.editing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.Amounts;
import jixiao.tui.words.Words;

/** Reading numbers and dates from what was typed, with the refusal a field shows. */
final class Typed {

    /** 2024-01-01, 2024/1/1, 2024.1.1, 2024年1月1日 (日 optional), and the same in full-width digits. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private Typed() {
    }

    static Optional<BigDecimal> amount(String text) throws InvalidEntry {
        try {
            return Amounts.parse(text);
        } catch (NumberFormatException e) {
            throw InvalidEntry.notANumber(text.strip());
        }
    }

    /**
     * A calendar date written any of the ways the forms write one, kept as {@code 2024-01-01};
     * blank stays blank. A day the calendar does not have (2023年13月45日, 2023-02-29) is refused.
     */
    static String date(String text) throws InvalidEntry {
        String folded = HalfWidth.of(text).strip();
        if (folded.isEmpty()) {
            return "";
        }
        Matcher date = DATE.matcher(folded);
        try {
            if (date.matches()) {
                return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3))).toString();
            }
        } catch (DateTimeException e) {
            // a month or day the calendar does not have: refused below, like any other non-date
        }
        throw new InvalidEntry(Words.format(Words.NOT_A_DATE, text.strip()));
    }
}
