package jixiao.tui.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;

/**
 * What a key does on a screen, as data: the keys, the action, its description for the key bar and
 * help, why it is unavailable right now (empty when it is available), whether it belongs in the key
 * bar, and when it must be there whatever else is (save, while there is something to save).
 */
public record KeyBinding(List<Key> keys, Bilingual description, Runnable action,
        Supplier<Optional<Bilingual>> unavailable, boolean inKeyBar, BooleanSupplier pinned) {

    public KeyBinding {
        keys = List.copyOf(keys);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(unavailable, "unavailable");
        Objects.requireNonNull(pinned, "pinned");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a binding needs a key: " + description);
        }
    }

    /** A binding that is always available and shown in the key bar. */
    public static KeyBinding of(Key key, Bilingual description, Runnable action) {
        return new KeyBinding(List.of(key), description, action, Optional::empty, true, () -> false);
    }

    public KeyBinding or(Key another) {
        List<Key> more = new ArrayList<>(keys);
        more.add(another);
        return new KeyBinding(more, description, action, unavailable, inKeyBar, pinned);
    }

    public KeyBinding unless(Supplier<Optional<Bilingual>> reason) {
        return new KeyBinding(keys, description, action, reason, inKeyBar, pinned);
    }

    /** Listed in help only: the key bar has room for the everyday keys. */
    public KeyBinding helpOnly() {
        return new KeyBinding(keys, description, action, unavailable, false, pinned);
    }

    /** In the key bar before any other key while {@code condition} holds, however narrow the screen. */
    public KeyBinding pinnedWhen(BooleanSupplier condition) {
        return new KeyBinding(keys, description, action, unavailable, inKeyBar, condition);
    }

    public boolean isAvailable() {
        return unavailable.get().isEmpty();
    }

    public String keyNames() {
        return String.join("/", keys.stream().map(Key::name).toList());
    }
}
