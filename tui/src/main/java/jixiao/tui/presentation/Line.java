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

    /** Text broken into lines of at most {@code width} columns (never splitting a wide character), each padded. */
    public static List<Line> wrapped(String text, Tone tone, int width) {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int w = Columns.width(c);
            if (c == '\n' || used + w > width) {
                lines.add(fitted(current.toString(), tone, width));
                current.setLength(0);
                used = 0;
                if (c == '\n') {
                    continue;
                }
            }
            current.append(c);
            used += w;
        }
        lines.add(fitted(current.toString(), tone, width));
        return lines;
    }

    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }
}
