package jixiao.tui.presentation;

import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.monitoring.Light;

/**
 * A monitoring light as screen text: its word (红, 黄, 绿, 蓝; red, yellow, green, blue) in its
 * colour, so that it reads the same on a terminal without colour; 未亮灯 (unlit) dimmed.
 */
public final class LightWord {

    private LightWord() {
    }

    public static Segment of(Optional<Light> light, Language language) {
        return light.map(lit -> new Segment(lit.label().in(language), tone(lit)))
                .orElseGet(() -> new Segment(Light.UNLIT.in(language), Tone.DIM));
    }

    public static Tone tone(Light light) {
        return switch (light) {
            case RED -> Tone.LIGHT_RED;
            case YELLOW -> Tone.LIGHT_YELLOW;
            case GREEN -> Tone.LIGHT_GREEN;
            case BLUE -> Tone.LIGHT_BLUE;
        };
    }
}
