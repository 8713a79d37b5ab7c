package jixiao.tui.presentation;

/** How a piece of screen text should look; the windows map tones to colours, tests read them as meaning. */
public enum Tone {
    NORMAL,
    HEADING,
    /** The row the cursor is on. */
    SELECTED,
    /** The cell the cursor is on. */
    CURSOR,
    ERROR,
    WARNING,
    GOOD,
    DIM,
    /** The title bar at the top of every screen. */
    TITLE,
    /** A monitoring light, always beside its word (红, 黄, 绿, 蓝), so it reads without colour too. */
    LIGHT_RED,
    LIGHT_YELLOW,
    LIGHT_GREEN,
    LIGHT_BLUE
}
