package jixiao.storage.report;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Columns;

/**
 * Text broken into lines of at most a given number of terminal columns, at its own line breaks
 * and wherever it runs out of room: Chinese has no spaces to break at, so any character will do,
 * except that, as Chinese typesetting requires, a line never starts with closing punctuation
 * ({@code 。，、）…}) nor ends with an opening bracket ({@code （《…}); the character before is
 * carried down with it instead. Nothing is ever cut off.
 */
final class TextWrap {

    private static final String NO_LINE_START = "。，、；：？！）》」』】〕〉”’％,.;:!?)]}%";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private TextWrap() {
    }

    /** The lines of {@code text} in {@code width} columns; none for empty text. */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrap(paragraph, width, lines);
        }
        return lines.size() == 1 && lines.get(0).isEmpty() ? List.of() : lines;
    }

    private static void wrap(String paragraph, int width, List<String> lines) {
        List<String> line = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < paragraph.length(); i += Character.charCount(paragraph.codePointAt(i))) {
            String glyph = new String(Character.toChars(paragraph.codePointAt(i)));
            int glyphWidth = Columns.width(glyph);
            if (used + glyphWidth > width && !line.isEmpty()) {
                List<String> carried = carried(line, glyph, width - glyphWidth);
                lines.add(String.join("", line));
                line = carried;
                used = Columns.width(String.join("", line));
            }
            line.add(glyph);
            used += glyphWidth;
        }
        lines.add(String.join("", line));
    }

    /**
     * The glyphs to take off the end of a full {@code line} down to the next, so that the next does
     * not start with {@code next} as closing punctuation and this one does not end with an opening
     * bracket; none where that would empty the line or overfill the next ({@code room} columns).
     */
    private static List<String> carried(List<String> line, String next, int room) {
        int keep = line.size();
        while (keep > 1 && (startsBadly(keep == line.size() ? next : line.get(keep)) || endsBadly(line.get(keep - 1)))) {
            keep--;
        }
        List<String> carried = new ArrayList<>(line.subList(keep, line.size()));
        if (Columns.width(String.join("", carried)) > room) {
            return new ArrayList<>();
        }
        line.subList(keep, line.size()).clear();
        return carried;
    }

    private static boolean startsBadly(String glyph) {
        return NO_LINE_START.contains(glyph);
    }

    private static boolean endsBadly(String glyph) {
        return NO_LINE_END.contains(glyph);
    }
}
