package jixiao.domain.language;

/**
 * Text typed with a Chinese input method, folded to ASCII where it means the same: full-width
 * digits, signs and brackets ({@code ＝１００％（个）}) and the ideographic space. Parsers of numbers,
 * targets and amounts read through this, so that {@code ＝１００％} and {@code =100%} are one thing.
 */
public final class HalfWidth {

    private HalfWidth() {
    }

    /** The text with full-width ASCII as ASCII and U+3000 as a space; null reads as empty. */
    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        int first = 0;
        while (first < typed.length() && !folds(typed.charAt(first))) {
            first++;
        }
        if (first == typed.length()) {
            return typed; // most cells: nothing to fold, nothing to copy
        }
        StringBuilder text = new StringBuilder(typed.length()).append(typed, 0, first);
        for (int i = first; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '！' && c <= '～') {
                text.append((char) (c - '！' + '!'));
            } else {
                text.append(c == '\u3000' ? ' ' : c);
            }
        }
        return text.toString();
    }

    private static boolean folds(char c) {
        return (c >= '！' && c <= '～') || c == '\u3000';
    }
}
