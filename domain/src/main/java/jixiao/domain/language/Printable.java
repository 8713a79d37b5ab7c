package jixiao.domain.language;

/**
 * Text made safe to print: a control character typed or imported into a form (ESC, BEL, a bare
 * carriage return) would otherwise reach a terminal raw, break a workbook's XML, or reorder what a
 * reader sees. Every report writer takes its text through here, so the three formats show the same.
 * Line breaks stay (cells wrap at them); a tab becomes a space; other C0 controls and DEL show as
 * their Unicode control pictures (ESC as ␛), so the reader sees that something odd was typed;
 * C1 controls, bidirectional overrides and unpaired surrogates become U+FFFD.
 *
 * <p>The one home of what counts as a control character: imports refuse text that has one
 * ({@link #firstControl}), messages show it as reports do ({@link Excerpt}).
 */
public final class Printable {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char CONTROL_PICTURES = '\u2400';
    private static final char DELETE_PICTURE = '\u2421';

    private Printable() {
    }

    /** The text as it may be shown or printed; the same instance when nothing needed changing. */
    public static String of(String text) {
        if (isClean(text)) {
            return text;
        }
        String lines = text.replace("\r\n", "\n");
        StringBuilder clean = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
                clean.append(c).append(lines.charAt(++i));
            } else {
                clean.append(replacement(c));
            }
        }
        return clean.toString();
    }

    /**
     * Where the first character is that no form should hold (anything but a tab or a line break that
     * {@link #of} would change: ESC, BEL, DEL, C1, bidirectional overrides, unpaired surrogates), or
     * -1 when there is none.
     */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (mayBeControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a character is what {@link #firstControl} finds, or may be (a surrogate may be half of a
     * pair, which is text): a reader that sees each character of a file once can tell by this that a
     * text has none, without looking at it again.
     */
    public static boolean mayBeControl(char c) {
        return c != '\t' && c != '\r' && replacement(c) != c;
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (replacement(c) != c || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static char replacement(char c) {
        if (c == '\n') {
            return c;
        }
        if (c == '\t') {
            return ' ';
        }
        if (c == '\r') {
            return '\n';
        }
        if (c < 0x20) {
            return (char) (CONTROL_PICTURES + c);
        }
        if (c == 0x7F) {
            return DELETE_PICTURE;
        }
        if (c >= 0x80 && c < 0xA0 || isBidiControl(c) || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            return REPLACEMENT;
        }
        return c;
    }

    /** Embeddings, overrides and isolates: they make a printed name read other than it is stored. */
    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
