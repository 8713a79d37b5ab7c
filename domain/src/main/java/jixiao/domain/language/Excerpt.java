package jixiao.domain.language;

/**
 * A short piece of what someone typed or a file held, for a message. A message that quoted a whole
 * cell would repeat a 10 MB cell once per problem; so it shows the first {@value #LENGTH} characters
 * and how long the text is, on one line, with control characters shown as reports show them.
 */
public final class Excerpt {

    /** The characters shown, at most; a target, an amount or a name fits in full. */
    public static final int LENGTH = 40;
    private static final char LINE_BREAK = '⏎';

    private Excerpt() {
    }

    /** The text itself when it is short, else its start, "…" and its length ({@code 甲乙…（共 10485760 字）}). */
    public static Bilingual of(String text) {
        int cut = text.length() <= LENGTH ? text.length() : text.offsetByCodePoints(0,
                Math.min(LENGTH, text.codePointCount(0, Math.min(text.length(), LENGTH * 2))));
        String shown = Printable.of(text.substring(0, cut)).replace('\n', LINE_BREAK);
        if (cut == text.length()) {
            return new Bilingual(shown, shown);
        }
        int length = text.codePointCount(0, text.length());
        return new Bilingual(shown + "…（共 " + length + " 字）", shown + "… (" + length + " characters)");
    }
}
