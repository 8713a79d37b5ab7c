package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.monitoring.Light;
import org.junit.jupiter.api.Test;

class LightWordTest {

    @Test
    void eachLightIsItsWordInItsOwnTone() {
        assertEquals(new Segment("红", Tone.LIGHT_RED), LightWord.of(Optional.of(Light.RED), Language.ZH));
        assertEquals(new Segment("黄", Tone.LIGHT_YELLOW), LightWord.of(Optional.of(Light.YELLOW), Language.ZH));
        assertEquals(new Segment("绿", Tone.LIGHT_GREEN), LightWord.of(Optional.of(Light.GREEN), Language.ZH));
        assertEquals(new Segment("blue", Tone.LIGHT_BLUE), LightWord.of(Optional.of(Light.BLUE), Language.EN));
    }

    @Test
    void anUnlitLightSaysSoDimmed() {
        assertEquals(new Segment("未亮灯", Tone.DIM), LightWord.of(Optional.empty(), Language.ZH));
    }
}
