package jixiao.tui.window;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import jixiao.tui.presentation.Tone;

/** The colours of each tone. The sixteen ANSI colours only: they survive tmux, SSH and Windows consoles. */
final class Palette {

    private Palette() {
    }

    static void paint(TextGraphics graphics, Tone tone) {
        graphics.clearModifiers();
        graphics.setForegroundColor(TextColor.ANSI.DEFAULT);
        graphics.setBackgroundColor(TextColor.ANSI.DEFAULT);
        switch (tone) {
            case NORMAL -> { }
            case HEADING -> graphics.enableModifiers(SGR.BOLD);
            case SELECTED -> colours(graphics, TextColor.ANSI.WHITE, TextColor.ANSI.BLUE);
            case CURSOR -> colours(graphics, TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW);
            case ERROR -> graphics.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
            case WARNING -> graphics.setForegroundColor(TextColor.ANSI.YELLOW);
            case GOOD -> graphics.setForegroundColor(TextColor.ANSI.GREEN);
            case DIM -> graphics.setForegroundColor(TextColor.ANSI.WHITE);
            case TITLE -> colours(graphics, TextColor.ANSI.BLACK, TextColor.ANSI.CYAN);
        }
    }

    private static void colours(TextGraphics graphics, TextColor foreground, TextColor background) {
        graphics.setForegroundColor(foreground);
        graphics.setBackgroundColor(background);
    }
}
