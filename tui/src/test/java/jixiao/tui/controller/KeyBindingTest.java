package jixiao.tui.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;

class KeyBindingTest {

    private static final Bilingual SAVE = new Bilingual("保存", "save");
    private static final Bilingual NOTHING = new Bilingual("没有未保存的修改", "nothing to save");

    @Test
    void aPlainBindingIsAvailableAndInTheKeyBar() {
        KeyBinding binding = KeyBinding.of(Key.ctrl('s'), SAVE, () -> { });

        assertEquals(Optional.empty(), binding.unavailable().get());
        assertTrue(binding.inKeyBar());
        assertEquals("Ctrl-S", binding.keyNames());
    }

    @Test
    void orAddsAKeyAndKeepsTheRest() {
        KeyBinding binding = KeyBinding.of(Key.ctrl('s'), SAVE, () -> { }).helpOnly().or(Key.of(KeyType.F2, "F2"));

        assertEquals(List.of(Key.ctrl('s'), Key.of(KeyType.F2, "F2")), binding.keys());
        assertEquals("Ctrl-S/F2", binding.keyNames());
        assertEquals(SAVE, binding.description());
        assertFalse(binding.inKeyBar());
    }

    @Test
    void unlessGivesTheReasonItIsUnavailable() {
        boolean[] dirty = {false};
        KeyBinding binding = KeyBinding.of(Key.ctrl('s'), SAVE, () -> { })
                .unless(() -> dirty[0] ? Optional.empty() : Optional.of(NOTHING));

        assertEquals(Optional.of(NOTHING), binding.unavailable().get());
        dirty[0] = true;
        assertEquals(Optional.empty(), binding.unavailable().get(), "asked each time, not once");
    }

    @Test
    void aBindingWithoutAKeyIsABug() {
        assertThrows(IllegalArgumentException.class,
                () -> new KeyBinding(List.of(), SAVE, () -> { }, Optional::empty, true, () -> false));
    }
}
