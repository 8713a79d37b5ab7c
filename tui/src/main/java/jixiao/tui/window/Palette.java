package jixiao.tui.window;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.HashMap;
import java.util.Map;
import jixiao.tui.presentation.Tone;

/**
 * The colours of each tone, and the screen cells drawn in them. The sixteen ANSI colours only: they
 * survive tmux, SSH and Windows consoles. Cells are made once per character and tone and then
 * reused: Lanterna checks every new cell's text for grapheme clusters, which was most of the time
 * of a redraw.
 */
final class Palette {

    private final Map<Integer, TextCharacter> cells = new HashMap<>();

    TextCharacter cell(char c, Tone tone) {
        return cells.computeIfAbsent(tone.ordinal() << 16 | c, key -> make(c, tone));
    }

    private static TextCharacter make(char c, Tone tone) {
        TextColor foreground = TextColor.ANSI.DEFAULT;
        TextColor background = TextColor.ANSI.DEFAULT;
        SGR[] modifiers = {};
        switch (tone) {
            case NORMAL -> { }
            case HEADING -> modifiers = new SGR[] {SGR.BOLD};
            case SELECTED -> {
                foreground = TextColor.ANSI.WHITE;
                background = TextColor.ANSI.BLUE;
            }
            case CURSOR -> {
                foreground = TextColor.ANSI.BLACK;
                background = TextColor.ANSI.YELLOW;
            }
            case ERROR -> foreground = TextColor.ANSI.RED_BRIGHT;
            case WARNING -> foreground = TextColor.ANSI.YELLOW;
            case GOOD -> foreground = TextColor.ANSI.GREEN;
            case DIM -> foreground = TextColor.ANSI.WHITE;
            case TITLE -> {
                foreground = TextColor.ANSI.BLACK;
                background = TextColor.ANSI.CYAN;
            }
            case LIGHT_RED -> {
                foreground = TextColor.ANSI.WHITE_BRIGHT;
                background = TextColor.ANSI.RED;
            }
            case LIGHT_YELLOW -> {
                foreground = TextColor.ANSI.BLACK;
                background = TextColor.ANSI.YELLOW;
            }
            case LIGHT_GREEN -> {
                foreground = TextColor.ANSI.BLACK;
                background = TextColor.ANSI.GREEN;
            }
            case LIGHT_BLUE -> {
                foreground = TextColor.ANSI.WHITE_BRIGHT;
                background = TextColor.ANSI.BLUE;
            }
        }
        return TextCharacter.fromCharacter(c, foreground, background, modifiers)[0];
    }
}
