package jixiao.tui.window;

import com.googlecode.lanterna.gui2.TextGUIThread;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Slow work (the database) off the GUI thread; its result handed back on the GUI thread, where
 * the screen may be changed. Tests pass an executor that runs at once: the hand-back still queues
 * on the GUI thread, as in real use.
 */
final class Background {

    private final Executor executor;
    private final TextGUIThread gui;

    Background(Executor executor, TextGUIThread gui) {
        this.executor = executor;
        this.gui = gui;
    }

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        executor.execute(() -> {
            try {
                T result = work.call();
                gui.invokeLater(() -> done.accept(result));
            } catch (Exception e) {
                gui.invokeLater(() -> failed.accept(e));
            }
        });
    }
}
