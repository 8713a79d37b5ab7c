package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jixiao.domain.language.Columns;

/** One screen line as segments; presentation fits it to the width, windows only paint it. */
public record Line(List<Segment> segments) {

    public Line {
        segments = List.copyOf(segments);
    }

    public static Line of(String text, Tone tone) {
        return new Line(List.of(new Segment(text, tone)));
    }

    /** A single-tone line cut or padded to exactly {@code width} columns. */
    public static Line fitted(String text, Tone tone, int width) {
        return of(Columns.fit(text, width), tone);
    }

    /** Segments cut where the width ends and padded to it, so a line covers what was drawn before. */
    public static Line fitted(List<Segment> parts, int width) {
        List<Segment> kept = new ArrayList<>();
        int used = 0;
        for (Segment part : parts) {
            int room = width - used;
            if (room <= 0) {
                break;
            }
            String text = Columns.width(part.text()) <= room ? part.text() : Columns.fit(part.text(), room);
            kept.add(new Segment(text, part.tone()));
            used += Columns.width(text);
        }
        if (used < width) {
            kept.add(new Segment(" ".repeat(width - used), Tone.NORMAL));
        }
        return new Line(kept);
    }

    /**
     * Text broken into lines of at most {@code width} columns (never splitting a wide character),
     * each padded. Where it can, a break keeps a number or a word whole ({@code 2.00}, {@code ≥4.00(次)})
     * and does not start a line with closing punctuation ({@code ，。）}), as Chinese text is set.
     */
    public static List<Line> wrapped(String text, Tone tone, int width) {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int w = Columns.width(c);
            if (c == '\n') {
                lines.add(fitted(current.toString(), tone, width));
                current.setLength(0);
                used = 0;
                continue;
            }
            if (used + w > width && current.length() > 0) {
                int keep = breakAt(current, c);
                String carried = current.substring(keep);
                lines.add(fitted(current.substring(0, keep), tone, width));
                current.setLength(0);
                current.append(carried);
                used = Columns.width(carried);
            }
            current.append(c);
            used += w;
        }
        lines.add(fitted(current.toString(), tone, width));
        return lines;
    }

    /**
     * Where to end a full line so that {@code next} can start the following one: before the word
     * that {@code next} continues, or before the last character when {@code next} may not start a
     * line; at the end when neither can be done without leaving the line nearly empty.
     */
    private static int breakAt(CharSequence line, char next) {
        int end = line.length();
        int at = end;
        while (at > 0 && isWordPart(line.charAt(at - 1)) && isWordPart(next)) {
            at--;
        }
        if (at == end && CLOSING.indexOf(next) >= 0 && end > 1) {
            at = end - 1;
        }
        return at > end / 2 ? at : end;
    }

    private static final String CLOSING = "，。、；：？！）》」』”’,.;:?!)%";

    private static boolean isWordPart(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '%' || c == '(' || c == ')' || c == '-')
                || c == '≥' || c == '≤';
    }

    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }
}
