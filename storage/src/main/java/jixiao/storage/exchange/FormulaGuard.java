package jixiao.storage.exchange;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running text as a formula (CSV or formula injection). A text cell whose
 * first character is one a spreadsheet starts a formula with ({@code = + - @}, a tab or a carriage
 * return) is written with an apostrophe before it, as Excel itself marks typed text; reading removes
 * exactly one such apostrophe again, so what export writes, import reads back unchanged. A number that
 * is a number ({@code -5}, {@code -3.50}) is left alone: a spreadsheet reads it as a number, and
 * nothing runs. Text that already has apostrophes before a formula start gets one more, for the same
 * round trip. Every CSV and XLSX file jixiao writes goes through {@link #neutralised}.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char APOSTROPHE = '\'';
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private FormulaGuard() {
    }

    /** The cell as written: with an apostrophe before a formula start that is not a plain number. */
    public static String neutralised(String cell) {
        return startsFormula(cell) && !PLAIN_NUMBER.matcher(cell).matches() ? APOSTROPHE + cell : cell;
    }

    /** The cell as read: without the one apostrophe {@link #neutralised} puts before a formula start. */
    static String unneutralised(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == APOSTROPHE && startsFormula(cell) ? cell.substring(1) : cell;
    }

    /** Whether the first character after any apostrophes starts a formula. */
    private static boolean startsFormula(String cell) {
        int first = 0;
        while (first < cell.length() && cell.charAt(first) == APOSTROPHE) {
            first++;
        }
        return first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0;
    }
}
