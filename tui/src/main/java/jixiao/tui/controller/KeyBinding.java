package jixiao.tui.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;

/**
 * What a key does on a screen, as data: the keys, the action, its description for the key bar and
 * help, and why it is unavailable right now (empty when it is available).
 */
public record KeyBinding(List<Key> keys, Bilingual description, Runnable action,
        Supplier<Optional<Bilingual>> unavailable, boolean inKeyBar) {

    public KeyBinding {
        keys = List.copyOf(keys);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(unavailable, "unavailable");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a binding needs a key: " + description);
        }
    }

    /** A binding that is always available and shown in the key bar. */
    public static KeyBinding of(Key key, Bilingual description, Runnable action) {
        return new KeyBinding(List.of(key), description, action, Optional::empty, true);
    }

    public KeyBinding or(Key another) {
        List<Key> more = new ArrayList<>(keys);
        more.add(another);
        return new KeyBinding(more, description, action, unavailable, inKeyBar);
    }

    public KeyBinding unless(Supplier<Optional<Bilingual>> reason) {
        return new KeyBinding(keys, description, action, reason, inKeyBar);
    }

    /** Listed in help only: the key bar has room for the everyday keys. */
    public KeyBinding helpOnly() {
        return new KeyBinding(keys, description, action, unavailable, false);
    }

    public String keyNames() {
        return String.join("/", keys.stream().map(Key::name).toList());
    }
}
