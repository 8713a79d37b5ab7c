package jixiao.tui.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private static final Bilingual NOTHING_TO_SAVE = new Bilingual("没有未保存的修改", "nothing to save");

    private final List<String> ran = new ArrayList<>();
    private boolean dirty;

    private final KeyMap keys = new KeyMap(List.of(
            KeyBinding.of(Key.of(KeyType.Enter, "Enter"), new Bilingual("打开", "open"), () -> ran.add("open")),
            KeyBinding.of(Key.character('n'), new Bilingual("新建", "new"), () -> ran.add("new")),
            KeyBinding.of(Key.ctrl('s'), new Bilingual("保存", "save"), () -> ran.add("save"))
                    .or(Key.of(KeyType.F2, "F2"))
                    .unless(() -> dirty ? Optional.empty() : Optional.of(NOTHING_TO_SAVE))
                    .pinnedWhen(() -> dirty),
            KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), new Bilingual("下一行", "next row"), () -> ran.add("down"))
                    .helpOnly(),
            KeyBinding.of(Key.character('q'), new Bilingual("退出", "quit"), () -> ran.add("quit"))));

    @Test
    void theKeyBarListsTheAvailableEverydayKeysInOrderByTheirFirstKey() {
        assertEquals("Enter 打开  n 新建  q 退出", keys.keyBar(Language.ZH, 80), "nothing to save: no save");
        dirty = true;
        assertEquals("Enter 打开  n 新建  Ctrl-S 保存  q 退出", keys.keyBar(Language.ZH, 80));
        assertEquals("Enter open  n new  Ctrl-S save  q quit", keys.keyBar(Language.EN, 80));
    }

    @Test
    void theKeyBarLeavesOutWhatDoesNotFitButNeverSaveWhenThereIsSomethingToSave() {
        dirty = true;
        for (int width = 13; width <= 45; width++) {
            String bar = keys.keyBar(Language.ZH, width);

            assertTrue(Columns.width(bar) <= width, width + ": " + bar);
            assertTrue(bar.contains("Ctrl-S 保存"), width + ": " + bar);
        }
        assertEquals("Enter 打开  Ctrl-S 保存", keys.keyBar(Language.ZH, 25));
        assertEquals("Enter 打开  n 新建  Ctrl-S 保存", keys.keyBar(Language.ZH, 33));
    }

    @Test
    void handleRunsTheActionOfAnAvailableBinding() {
        Optional<KeyMap.Outcome> outcome = keys.handle(new KeyStroke('n', false, false));

        assertEquals(Optional.of(new KeyMap.Outcome(Optional.empty())), outcome);
        assertEquals(List.of("new"), ran);
    }

    @Test
    void handleRefusesAnUnavailableBindingWithItsReasonAndRunsNothing() {
        Optional<KeyMap.Outcome> outcome = keys.handle(new KeyStroke(KeyType.F2));

        assertEquals(Optional.of(new KeyMap.Outcome(Optional.of(NOTHING_TO_SAVE))), outcome);
        assertEquals(List.of(), ran);

        dirty = true;
        keys.handle(new KeyStroke('s', true, false));
        assertEquals(List.of("save"), ran);
    }

    @Test
    void aKeyWithNoBindingIsLeftToTheWindow() {
        assertEquals(Optional.empty(), keys.handle(new KeyStroke('z', false, false)));
        assertEquals(List.of(), ran);
    }

    @Test
    void helpListsEveryBindingAndSaysWhyOneIsUnavailable() {
        List<String> help = keys.help(Language.ZH);

        assertEquals(List.of(
                "Enter      打开",
                "n          新建",
                "Ctrl-S/F2  保存（现在不可用：没有未保存的修改）",
                "↓          下一行",
                "q          退出"), help);
        assertEquals("Ctrl-S/F2  save (unavailable now: nothing to save)", keys.help(Language.EN).get(2));
    }
}
