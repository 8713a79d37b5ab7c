/**
 * The Lanterna text UI: {@code window} (one screen per class), {@code controller} (keys as data),
 * {@code presentation} (model to lines of text, no terminal), {@code editing} (the open project and
 * what can be typed into it). It reaches storage only through the domain's {@code Projects}.
 */
module jixiao.tui {
    requires transitive jixiao.domain;
    requires com.googlecode.lanterna;
    requires java.desktop;

    exports jixiao.tui;
}
