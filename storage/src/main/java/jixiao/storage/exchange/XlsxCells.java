package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;
import jixiao.domain.project.Amounts;

/**
 * The text a person sees in a number cell, for cells typed in Excel rather than written by jixiao:
 * Excel keeps {@code 2024} and {@code 20.00} as numbers and {@code 2024-01-01} as a day count, and
 * shows them through the cell's number format. So a number reads as its value with the decimals its
 * format shows ({@code 20.00}, not {@code 20.0}), a percentage as the number before the {@code %}
 * sign, and a date as {@code 2024-01-01}. A number too large or too small to be any amount
 * ({@code 1E+100000000}) reads as written, never spelt out digit by digit.
 */
final class XlsxCells {

    /** Excel stores doubles, but keeps and shows only 15 significant digits of them. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** A number cell's text is a double as Excel writes it: a few dozen characters at most. */
    private static final int MAX_NUMBER_CHARS = 64;
    /** Excel's dates run from 1900 (or 1904) to 9999-12-31, day 2958465. */
    private static final int LAST_DAY = 2_958_465;
    private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    private static final int SECONDS_A_DAY = 86_400;

    private XlsxCells() {
    }

    /** The text of a number cell whose value is written {@code raw}; a value that is no number is a problem. */
    static String number(String raw, CellStyles.NumberFormat format, boolean dates1904, int row, String column)
            throws XlsxProblem {
        BigDecimal value = parse(raw.strip(), row, column);
        if (value == null) {
            return "";
        }
        return isDate(format) ? date(value, dates1904, raw) : shown(value, format.code(), raw);
    }

    private static BigDecimal parse(String raw, int row, String column) throws XlsxProblem {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.length() <= MAX_NUMBER_CHARS) {
                return new BigDecimal(raw);
            }
        } catch (NumberFormatException e) {
            // reported below, as a number too long is
        }
        Bilingual shown = Excerpt.of(raw);
        throw new XlsxProblem(new Bilingual("数字单元格的值“" + shown.zh() + "”不是数字", "the number cell's value '" + shown.en()
                + "' is not a number"), row, column);
    }

    private static String shown(BigDecimal exact, String format, String raw) {
        BigDecimal value = exact.round(EXCEL_PRECISION);
        String positive = format == null ? "" : section(format);
        if (positive.contains("%")) {
            value = value.movePointRight(2);
        }
        value = value.stripTrailingZeros();
        if (value.precision() - value.scale() > Amounts.MAX_INTEGER_DIGITS || value.scale() > Amounts.MAX_DECIMALS + 2) {
            return raw.strip(); // spelling it out would take the digits of the exponent; it is no amount anyway
        }
        int decimals = Math.min(Amounts.MAX_DECIMALS + 2, Math.max(0, Math.max(value.scale(), decimalsShown(positive))));
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A day count as a date, or a date and time; a count outside Excel's calendar reads as written. */
    private static String date(BigDecimal serial, boolean dates1904, String raw) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(LAST_DAY + 1L)) >= 0) {
            return raw.strip();
        }
        long day = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(day)).multiply(BigDecimal.valueOf(SECONDS_A_DAY))
                .setScale(0, RoundingMode.HALF_UP).longValue();
        LocalDate date;
        if (dates1904) {
            date = DAY_ZERO_1904.plusDays(day);
        } else {
            // Excel counts a 29 February 1900 that never was (day 60): days before it are one off.
            date = DAY_ZERO_1900.plusDays(day < 61 ? day + 1 : day);
        }
        LocalDateTime dateTime = date.atStartOfDay().plusSeconds(seconds);
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString() : dateTime.toString();
    }

    /**
     * Whether a number format shows a date: Excel's built-in date formats (including those of
     * Chinese, Japanese and Korean Excel, which have no format text in the file), or a format whose
     * text asks for a year or a day.
     */
    private static boolean isDate(CellStyles.NumberFormat format) {
        int id = format.id();
        if (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
            return true;
        }
        if (format.code() == null) {
            return false;
        }
        String codes = section(format.code()).replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
        return codes.contains("y") || codes.contains("d");
    }

    /** The decimals a number format shows: the zeros after its decimal point. */
    private static int decimalsShown(String format) {
        int point = format.indexOf('.');
        int decimals = 0;
        while (point >= 0 && point + 1 + decimals < format.length() && format.charAt(point + 1 + decimals) == '0') {
            decimals++;
        }
        return decimals;
    }

    /** The format for positive numbers: the first of its {@code ;}-separated sections. */
    private static String section(String format) {
        int separator = format.indexOf(';');
        return separator < 0 ? format : format.substring(0, separator);
    }
}
