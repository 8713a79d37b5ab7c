package jixiao.tui.window;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.editing.Typing;
import jixiao.tui.input.Pasted;
import jixiao.tui.presentation.EditArea;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * What every screen has, top to bottom:
 *
 * <pre>
 * ┌ title bar ──────────────────────────────────────────────┐
 * │ body: the screen's own lines (tables, sheets)            │
 * │ edit area: "label: " and the text while typing (several  │
 * │   lines for a note), else the whole text of the cell     │
 * │ message: what just happened, or why a key did not (wraps)│
 * │ key bar: the everyday keys of this screen                │
 * └──────────────────────────────────────────────────────────┘
 * </pre>
 *
 * Keys go first to a pending one-key question, then to the typing, then to the screen's key map;
 * a printable character no binding takes is typed over the screen's cell, if it has cells. A paste
 * is text, never keys: it goes into the typing, or over the cell, or nowhere. F1, on every
 * screen, lists every key.
 */
abstract class ScreenWindow extends BasicWindow {

    private static final int MESSAGE_LINES = 4;
    private static final int NOTE_LINES = 9;

    protected final Session session;
    protected final Language language;
    private final Sheet sheet;
    private KeyMap keys;
    private Prompt prompt;
    private Typing typing;
    private Choice choice;
    private String message = "";
    private Tone messageTone = Tone.NORMAL;
    private TerminalPosition cursor;
    private int width = 80;

    ScreenWindow(Session session) {
        this.session = session;
        this.language = session.language();
        setHints(List.of(Hint.FULL_SCREEN, Hint.NO_DECORATIONS));
        sheet = new Sheet(this::frame, () -> cursor);
        setComponent(sheet);
        setFocusedInteractable(sheet);
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

    /** A printable character that no key binding takes: a screen with cells types it over the cell. */
    protected void typedOver(char typed) {
    }

    /** Text pasted while nobody types: a screen with cells puts it in the cell; elsewhere it does nothing. */
    protected void pasted(String text) {
        say(Words.PASTE_NOWHERE, Tone.DIM);
    }

    /** Called when the screen is on top again after the one above it closed. */
    protected void returned() {
    }

    final KeyMap keys() {
        if (keys == null) {
            List<KeyBinding> bindings = new ArrayList<>();
            if (!(this instanceof HelpWindow)) {
                bindings.add(KeyBinding.of(Key.of(KeyType.F1, "F1"), Words.HELP_KEY, this::help));
            }
            bindings.addAll(keyMap().bindings());
            keys = new KeyMap(bindings);
        }
        return keys;
    }

    List<Line> frame(TerminalSize size) {
        width = size.getColumns();
        int rows = size.getRows();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted(" " + Words.APP.in(language) + " │ " + title(), Tone.TITLE, width));
        Bottom bottom = bottom(width, rows);
        int bodyHeight = Math.max(0, rows - 1 - bottom.lines().size());
        List<Line> body = body(width, bodyHeight);
        for (int i = 0; i < bodyHeight; i++) {
            lines.add(i < body.size() ? body.get(i) : Line.fitted("", Tone.NORMAL, width));
        }
        lines.addAll(bottom.lines());
        cursor = bottom.cursor().map(at -> new TerminalPosition(at.getColumn(), 1 + bodyHeight + at.getRow())).orElse(null);
        return lines;
    }

    /** The edit area, the message and the key bar, and the cursor's place among them while typing. */
    private record Bottom(List<Line> lines, Optional<TerminalPosition> cursor) {
    }

    private Bottom bottom(int width, int rows) {
        List<Line> lines = new ArrayList<>();
        Optional<TerminalPosition> at = Optional.empty();
        if (typing != null) {
            EditArea.Shown shown = EditArea.of(prompt.label().in(language) + ": ", typing, width,
                    Math.max(2, Math.min(NOTE_LINES, rows / 2)));
            lines.addAll(shown.lines());
            at = Optional.of(new TerminalPosition(shown.cursorColumn(), shown.cursorRow()));
        } else {
            lines.add(selection(width).orElse(Line.fitted("", Tone.NORMAL, width)));
        }
        List<Line> said = Line.wrapped(message, messageTone, width);
        if (said.size() > MESSAGE_LINES) {
            said = new ArrayList<>(said.subList(0, MESSAGE_LINES));
        }
        lines.addAll(said);
        lines.add(Line.fitted(keyBar(width), choice != null ? Tone.WARNING : Tone.DIM, width));
        return new Bottom(lines, at);
    }

    /** The keys that answer a question, or those of typing while someone types, or the screen's. */
    private String keyBar(int width) {
        if (choice != null) {
            return choice.keys().in(language);
        }
        if (typing == null) {
            return keys().keyBar(language, width);
        }
        List<Bilingual> typingKeys = new ArrayList<>(List.of(Words.KEEP_KEY));
        if (typing.isMultiLine()) {
            typingKeys.add(Words.NEW_LINE_KEY);
        } else if (prompt.moves().containsKey(Prompt.Move.NEXT)) {
            typingKeys.add(Words.NEXT_CELL_KEY);
        }
        typingKeys.add(Words.CANCEL_KEY);
        typingKeys.add(Words.CLEAR_KEY);
        if (keys().bindings().stream().anyMatch(binding -> binding.keys().contains(Key.ctrl('s')))) {
            typingKeys.add(Words.KEEP_AND_SAVE_KEY);
        }
        return String.join("  ", typingKeys.stream().map(key -> key.in(language)).toList());
    }

    /** The number of body lines on the current screen, for paging and keeping the cursor in view. */
    protected int bodyHeight() {
        TerminalSize size = getSize() == null ? session.gui().getScreen().getTerminalSize() : getSize();
        return Math.max(0, size.getRows() - 1 - bottom(size.getColumns(), size.getRows()).lines().size());
    }

    @Override
    public boolean handleInput(KeyStroke stroke) {
        KeyStroke key = isCtrlC(stroke) ? new KeyStroke(KeyType.Escape) : stroke;
        if (choice != null) {
            answer(key);
        } else if (typing != null) {
            type(key);
        } else if (key instanceof Pasted paste) {
            pasted(paste.text());
        } else {
            Optional<KeyMap.Outcome> outcome = keys().handle(key);
            if (outcome.isPresent()) {
                outcome.get().refusal().ifPresent(this::refuse);
            } else if (isPrintable(key)) {
                typedOver(key.getCharacter());
            }
        }
        sheet.invalidate();
        return true;
    }

    /** Ctrl-C backs out like Esc: it must never end the program with edits unsaved. */
    private static boolean isCtrlC(KeyStroke stroke) {
        return stroke.isCtrlDown() && stroke.getCharacter() != null && stroke.getCharacter() == 'c';
    }

    private static boolean isPrintable(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown();
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

    /** A key while typing: the spreadsheet's keys for keeping, moving on and backing out, and a line editor's. */
    private void type(KeyStroke key) {
        if (key instanceof Pasted paste) {
            typing.insert(paste.text());
            changed();
            return;
        }
        switch (key.getKeyType()) {
            case Enter -> {
                if (key.isAltDown() && typing.isMultiLine()) {
                    typing.newLine();
                    changed();
                } else {
                    keep(Optional.empty());
                }
            }
            case Escape -> cancel();
            case Tab -> keep(Optional.of(Prompt.Move.NEXT));
            case ReverseTab -> keep(Optional.of(Prompt.Move.PREVIOUS));
            case ArrowUp -> upOrDown(Prompt.Move.UP);
            case ArrowDown -> upOrDown(Prompt.Move.DOWN);
            case ArrowLeft -> typing.left();
            case ArrowRight -> typing.right();
            case Home -> typing.home();
            case End -> typing.end();
            case Backspace -> {
                typing.backspace();
                changed();
            }
            case Delete -> {
                typing.delete();
                changed();
            }
            case Character -> character(key);
            default -> {
                // other keys mean nothing while typing
            }
        }
    }

    /** Ctrl-U empties the field, as in a shell; Ctrl-S keeps the typing and saves; other control keys type nothing. */
    private void character(KeyStroke key) {
        char c = key.getCharacter();
        if (!key.isCtrlDown() && !key.isAltDown()) {
            typing.insert(String.valueOf(c));
            changed();
        } else if (key.isCtrlDown() && c == 'u') {
            typing.clear();
            changed();
        } else if (key.isCtrlDown() && c == 's' && keep(Optional.empty())) {
            keys().handle(key).flatMap(KeyMap.Outcome::refusal).ifPresent(this::refuse);
        }
    }

    private void upOrDown(Prompt.Move move) {
        if (typing.isMultiLine()) {
            if (move == Prompt.Move.UP) {
                typing.up(width - 1);
            } else {
                typing.down(width - 1);
            }
        } else if (prompt.moves().containsKey(move)) {
            keep(Optional.of(move));
        }
    }

    private void changed() {
        prompt.onType().apply(typing.text()).ifPresentOrElse(this::refuse, this::clearMessage);
    }

    /** Keeps the text if the field takes it, then moves where the prompt says; false when refused. */
    private boolean keep(Optional<Prompt.Move> move) {
        Prompt kept = prompt;
        Optional<Bilingual> refused = kept.onKeep().apply(typing.text());
        if (refused.isPresent()) {
            refuse(refused.get());
            return false;
        }
        if (prompt == kept) {
            endTyping();
        }
        move.map(kept.moves()::get).ifPresent(Runnable::run);
        return true;
    }

    private void cancel() {
        Prompt cancelled = prompt;
        endTyping();
        clearMessage();
        cancelled.onCancel().run();
    }

    private void help() {
        session.open(new HelpWindow(session, title(), keys()));
    }

    /** Starts typing on the edit line. */
    protected void ask(Prompt asked) {
        prompt = asked;
        typing = asked.replacing() ? Typing.replacing(asked.initial(), asked.multiLine())
                : Typing.editing(asked.initial(), asked.multiLine());
        clearMessage();
    }

    /** Starts typing with {@code first} already typed over the suggestion: a character or a paste. */
    protected void ask(Prompt asked, String first) {
        ask(asked);
        typing.insert(first);
        changed();
    }

    private void endTyping() {
        prompt = null;
        typing = null;
    }

    /** Asks a one-key question on the message line. */
    protected void choose(Choice asked) {
        choice = asked;
        message = asked.question().in(language);
        messageTone = Tone.WARNING;
        sheet.invalidate();
    }

    protected void say(Bilingual text, Tone tone) {
        message = text.in(language);
        messageTone = tone;
        sheet.invalidate();
    }

    protected void refuse(Bilingual reason) {
        say(reason, Tone.ERROR);
    }

    protected void clearMessage() {
        message = "";
        messageTone = Tone.NORMAL;
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
