package jixiao.tui.controller;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.tui.words.Words;

/** A screen's key bindings, in the order they are listed; the key bar and the help are made from them. */
public final class KeyMap {

    private static final int GAP = 2;

    private final List<KeyBinding> bindings;

    public KeyMap(List<KeyBinding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    public List<KeyBinding> bindings() {
        return bindings;
    }

    /**
     * Runs the binding of a key stroke where it is available. Empty when no binding has the key;
     * otherwise the outcome, which carries the reason when the binding is unavailable now.
     */
    public Optional<Outcome> handle(KeyStroke stroke) {
        for (KeyBinding binding : bindings) {
            if (binding.keys().stream().anyMatch(key -> key.matches(stroke))) {
                Optional<Bilingual> reason = binding.unavailable().get();
                if (reason.isEmpty()) {
                    binding.action().run();
                }
                return Optional.of(new Outcome(reason));
            }
        }
        return Optional.empty();
    }

    /**
     * The key bar: {@code Enter 打开  n 新建 …}, the available keys in order, as many as fit in
     * {@code width} (one that does not fit makes room for shorter ones after it); a pinned key
     * (save, while there is something to save) is never the one left out.
     */
    public String keyBar(Language language, int width) {
        List<KeyBinding> shown = new ArrayList<>();
        int used = 0;
        for (KeyBinding binding : bindings) {
            if (binding.inKeyBar() && binding.pinned().getAsBoolean() && binding.isAvailable()) {
                shown.add(binding);
                used += (used > 0 ? GAP : 0) + Columns.width(entry(binding, language));
            }
        }
        for (KeyBinding binding : bindings) {
            if (!binding.inKeyBar() || shown.contains(binding) || !binding.isAvailable()) {
                continue;
            }
            int more = (used > 0 ? GAP : 0) + Columns.width(entry(binding, language));
            if (used + more <= width) {
                shown.add(binding);
                used += more;
            }
        }
        List<String> entries = new ArrayList<>();
        for (KeyBinding binding : bindings) {
            if (shown.contains(binding)) {
                entries.add(entry(binding, language));
            }
        }
        return String.join("  ", entries);
    }

    /** A key bar entry names the first key only; the help names them all. */
    private static String entry(KeyBinding binding, Language language) {
        return binding.keys().get(0).name() + " " + binding.description().in(language);
    }

    /** Every binding, one per line, with why it is unavailable where it is. */
    public List<String> help(Language language) {
        int keyWidth = bindings.stream().mapToInt(binding -> Columns.width(binding.keyNames())).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (KeyBinding binding : bindings) {
            String line = Columns.fit(binding.keyNames(), keyWidth) + "  " + binding.description().in(language);
            Optional<Bilingual> reason = binding.unavailable().get();
            if (reason.isPresent()) {
                line += Words.format(Words.UNAVAILABLE, reason.get()).in(language);
            }
            lines.add(line);
        }
        return lines;
    }

    /** What came of a key: empty when its action ran, else why it could not. */
    public record Outcome(Optional<Bilingual> refusal) {
    }
}
