package jixiao.tui.window;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Segment;
import jixiao.tui.presentation.Tone;
import jixiao.tui.presentation.Words;

/**
 * What every screen has, top to bottom:
 *
 * <pre>
 * ┌ title bar ──────────────────────────────────────────────┐
 * │ body: the screen's own lines (tables, sheets)            │
 * │ edit line: "label: " + text box while typing             │
 * │ message line: what just happened, or why a key did not   │
 * │ key bar: the everyday keys of this screen                │
 * └──────────────────────────────────────────────────────────┘
 * </pre>
 *
 * Keys go first to a pending one-key question, then to the edit line while typing, then to the
 * screen's key map. F1, on every screen, lists every key.
 */
abstract class ScreenWindow extends BasicWindow {

    private static final int CHROME_LINES = 4;
    private static final Bilingual HELP = new Bilingual("帮助", "help");

    protected final Session session;
    protected final Language language;
    private final Sheet sheet;
    private final TextBox editor;
    private final Panel panel;
    private KeyMap keys;
    private Prompt prompt;
    private Choice choice;
    private Line message = Line.of("", Tone.NORMAL);

    ScreenWindow(Session session) {
        this.session = session;
        this.language = session.language();
        setHints(List.of(Hint.FULL_SCREEN, Hint.NO_DECORATIONS));
        sheet = new Sheet(this::frame);
        editor = new TextBox();
        editor.setVisible(false);
        editor.setTextChangeListener((text, byUser) -> {
            if (byUser && prompt != null) {
                prompt.onType().apply(text).ifPresentOrElse(this::refuse, this::clearMessage);
                sheet.invalidate();
            }
        });
        panel = new Panel(new ScreenLayout(this::labelWidth));
        Panel.DefaultPanelRenderer renderer = panel.new DefaultPanelRenderer();
        renderer.setFillAreaBeforeDrawingComponents(false); // the sheet paints every cell itself
        panel.setRenderer(renderer);
        panel.addComponent(sheet);
        panel.addComponent(editor);
        setComponent(panel);
    }

    /** The title bar's text after the program's name. */
    protected abstract String title();

    /** The screen's own lines, {@code height} of them at most. */
    protected abstract List<Line> body(int width, int height);

    /** This screen's keys; built once, after the subclass is constructed. */
    protected abstract KeyMap keyMap();

    /** What the edit line shows when nobody is typing: the whole text of the selected field, if any. */
    protected Optional<Line> selection(int width) {
        return Optional.empty();
    }

    /** Called when the screen is on top again after the one above it closed. */
    protected void returned() {
    }

    final KeyMap keys() {
        if (keys == null) {
            List<KeyBinding> bindings = new ArrayList<>();
            bindings.add(KeyBinding.of(Key.of(KeyType.F1, "F1"), HELP, this::help));
            bindings.addAll(keyMap().bindings());
            keys = new KeyMap(bindings);
        }
        return keys;
    }

    List<Line> frame(TerminalSize size) {
        int width = size.getColumns();
        int bodyHeight = Math.max(0, size.getRows() - CHROME_LINES);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted(" " + Words.APP.in(language) + " │ " + title(), Tone.TITLE, width));
        List<Line> body = body(width, bodyHeight);
        for (int i = 0; i < bodyHeight; i++) {
            lines.add(i < body.size() ? body.get(i) : Line.fitted("", Tone.NORMAL, width));
        }
        lines.add(editLine(width));
        lines.add(Line.fitted(message.segments(), width));
        lines.add(choice != null ? Line.fitted(choice.keys().in(language), Tone.WARNING, width)
                : Line.fitted(keys().keyBar(language, width), Tone.DIM, width));
        return lines;
    }

    private Line editLine(int width) {
        if (prompt != null) {
            return Line.fitted(List.of(new Segment(label(prompt), Tone.HEADING)), width);
        }
        return selection(width).orElse(Line.fitted("", Tone.NORMAL, width));
    }

    private String label(Prompt shown) {
        return shown.label().in(language) + ": ";
    }

    private int labelWidth() {
        return prompt == null ? 0 : Columns.width(label(prompt));
    }

    /** The number of body lines on the current screen, for paging and keeping the cursor in view. */
    protected int bodyHeight() {
        TerminalSize size = getSize() == null ? session.gui().getScreen().getTerminalSize() : getSize();
        return Math.max(0, size.getRows() - CHROME_LINES);
    }

    @Override
    public boolean handleInput(KeyStroke stroke) {
        KeyStroke key = isCtrlC(stroke) ? new KeyStroke(KeyType.Escape) : stroke;
        if (choice != null) {
            answer(key);
        } else if (prompt != null) {
            type(key);
        } else {
            Optional<KeyMap.Outcome> outcome = keys().handle(key);
            if (outcome.isEmpty()) {
                return super.handleInput(key);
            }
            outcome.get().refusal().ifPresent(this::refuse);
        }
        sheet.invalidate();
        return true;
    }

    /** Ctrl-C backs out like Esc: it must never end the program with edits unsaved. */
    private static boolean isCtrlC(KeyStroke stroke) {
        return stroke.isCtrlDown() && stroke.getCharacter() != null && stroke.getCharacter() == 'c';
    }

    private void answer(KeyStroke key) {
        Choice asked = choice;
        if (key.getKeyType() == KeyType.Escape) {
            choice = null;
            clearMessage();
        } else if (key.getKeyType() == KeyType.Character
                && asked.answers().containsKey(Character.toLowerCase(key.getCharacter()))) {
            choice = null;
            clearMessage();
            asked.answers().get(Character.toLowerCase(key.getCharacter())).run();
        }
    }

    private void type(KeyStroke key) {
        Prompt typing = prompt;
        switch (key.getKeyType()) {
            case Enter -> finish(typing);
            case Escape -> {
                endPrompt();
                clearMessage();
                typing.onCancel().run();
            }
            case Tab -> {
                if (typing.onTab().isPresent() && finish(typing)) {
                    typing.onTab().get().run();
                }
            }
            default -> {
                if (key.isCtrlDown() || key.isAltDown()) {
                    control(key);
                } else {
                    super.handleInput(key);
                }
            }
        }
    }

    /** Ctrl-U empties the edit line, as in a shell; other control keys must not type their letter. */
    private void control(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'u' && key.isCtrlDown()) {
            editor.setText("");
            prompt.onType().apply("").ifPresentOrElse(this::refuse, this::clearMessage);
        }
    }

    private boolean finish(Prompt typing) {
        Optional<Bilingual> refused = typing.onEnter().apply(editor.getText());
        if (refused.isPresent()) {
            refuse(refused.get());
            return false;
        }
        if (prompt == typing) {
            endPrompt();
        }
        return true;
    }

    private void help() {
        session.open(new HelpWindow(session, title(), keys()));
    }

    /** Starts typing on the edit line. */
    protected void ask(Prompt asked) {
        prompt = asked;
        editor.setText(asked.initial());
        editor.setCaretPosition(asked.initial().length());
        editor.setVisible(true);
        setFocusedInteractable(editor);
        clearMessage();
        panel.invalidate();
    }

    private void endPrompt() {
        prompt = null;
        editor.setVisible(false);
        setFocusedInteractable(null);
        panel.invalidate();
    }

    protected boolean isTyping() {
        return prompt != null;
    }

    /** Asks a one-key question on the message line. */
    protected void choose(Choice asked) {
        choice = asked;
        message = Line.of(asked.question().in(language), Tone.WARNING);
        sheet.invalidate();
    }

    protected void say(Bilingual text, Tone tone) {
        message = Line.of(text.in(language), tone);
        sheet.invalidate();
    }

    protected void refuse(Bilingual reason) {
        say(reason, Tone.ERROR);
    }

    protected void clearMessage() {
        message = Line.of("", Tone.NORMAL);
    }

    protected void repaint() {
        sheet.invalidate();
    }

    /** Closes this screen; the one below is told it is on top again. */
    protected void back() {
        close();
        if (session.gui().getActiveWindow() instanceof ScreenWindow below) {
            below.setVisible(true);
            below.returned();
            below.repaint();
        }
    }
}
