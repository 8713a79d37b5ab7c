package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;

/**
 * The text a person sees in a worksheet cell, for cells typed in Excel rather than written by
 * jixiao: Excel keeps {@code 2024} and {@code 20.00} as numbers and {@code 2024-01-01} as a day
 * count, and shows them through the cell's number format. So a number reads as its value with the
 * decimals its format shows ({@code 20.00}, not {@code 20.0}), a percentage as the number before
 * the {@code %} sign, and a date as {@code 2024-01-01}.
 */
final class XlsxCells {

    /** Excel stores doubles, but keeps and shows only 15 significant digits of them. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private XlsxCells() {
    }

    static String text(Cell cell) {
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        return switch (cell.getType()) {
            case STRING -> cell.getText();
            case NUMBER -> isDate(cell) ? date(cell) : number(raw, cell.getDataFormatString());
            // The value Excel computed when it last saved the file.
            case FORMULA -> isNumber(raw) ? number(raw, cell.getDataFormatString()) : raw;
            case BOOLEAN -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> raw;
        };
    }

    private static String number(String raw, String format) {
        if (!isNumber(raw)) {
            return raw;
        }
        BigDecimal value = new BigDecimal(raw).round(EXCEL_PRECISION);
        String shown = format == null ? "" : section(format);
        if (shown.contains("%")) {
            value = value.movePointRight(2);
        }
        value = value.stripTrailingZeros();
        int decimals = Math.max(0, Math.max(value.scale(), decimalsShown(shown)));
        return value.setScale(decimals).toPlainString();
    }

    private static String date(Cell cell) {
        LocalDateTime dateTime = cell.asDate();
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                : dateTime.toString();
    }

    /**
     * Whether a number format shows a date: Excel's built-in date formats (including those of
     * Chinese, Japanese and Korean Excel, which have no format text in the file), or a format whose
     * text asks for a year or a day.
     */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String codes = section(format).replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
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

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
