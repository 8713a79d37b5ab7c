package jixiao.tui.presentation;

import java.util.Objects;

/** A run of text in one tone. */
public record Segment(String text, Tone tone) {

    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }
}
