package jixiao.domain.language;

/**
 * How many terminal columns text takes: CJK characters take two, everything else one (as in
 * Lanterna and tmux; {@code ≥ ≤} are one). Used wherever jixiao draws aligned tables in a
 * terminal, so the text UI, text reports and CLI listings line up the same way.
 */
public final class Columns {

    private static final char ELLIPSIS = '…';

    private Columns() {
    }

    /** The display width of a string, in terminal columns. */
    public static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += width(text.charAt(i));
        }
        return columns;
    }

    /** Two for a wide (CJK) character, one otherwise. */
    public static int width(char c) {
        return isWide(c) ? 2 : 1;
    }

    /**
     * Exactly {@code columns} wide: padded with spaces on the right, or cut with {@code …} where
     * it is too long (never splitting a wide character: a space fills the odd column).
     */
    public static String fit(String text, int columns) {
        if (columns <= 0) {
            return "";
        }
        int width = width(text);
        if (width <= columns) {
            return text + " ".repeat(columns - width);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int next = width(text.charAt(i));
            if (used + next > columns - 1) {
                break;
            }
            out.append(text.charAt(i));
            used += next;
        }
        out.append(ELLIPSIS);
        used++;
        return out + " ".repeat(columns - used);
    }

    /** Right-aligned in {@code columns} (for numbers); cut like {@link #fit} when too long. */
    public static String fitRight(String text, int columns) {
        int width = width(text);
        return width >= columns ? fit(text, columns) : " ".repeat(columns - width) + text;
    }

    /** The same blocks Lanterna's {@code TerminalTextUtils.isCharCJK} counts as double width. */
    static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || block == Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO
                || block == Character.UnicodeBlock.HANGUL_JAMO
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61;
    }
}
