package jixiao.storage.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import jixiao.storage.exchange.JsonReader;
import jixiao.storage.exchange.Reading;

/**
 * The example files of the repository's {@code examples/}, bundled in the jar (by the storage build) so
 * that {@code jixiao demo} and the tests work anywhere, with no files beside the program.
 */
public final class DemoForms {

    /** 2024 self-evaluations with the figures their authors printed. */
    public static final String SELF_EVALUATIONS = "selfeval-2024-yaoshisuo.json";
    /** 2025 target declarations of the same unit. */
    public static final String DECLARATIONS = "targets-2025-yaoshisuo.json";
    /**
     * July monitoring returns of those 2025 declarations: constructed for illustration (monitoring
     * returns are not published), not real forms, so {@code jixiao demo} does not load them.
     */
    public static final String MONITORING = "monitoring-2025-yaoshisuo.json";

    private DemoForms() {
    }

    /** The real published forms {@code jixiao demo} loads. */
    public static List<String> names() {
        return List.of(SELF_EVALUATIONS, DECLARATIONS);
    }

    /** The raw bytes of one bundled form file. */
    public static InputStream open(String name) {
        if (!names().contains(name) && !name.equals(MONITORING)) {
            throw new IllegalArgumentException("no bundled example named " + name);
        }
        return Objects.requireNonNull(DemoForms.class.getResourceAsStream(name), name);
    }

    /** One bundled file read through the exchange format. */
    public static Reading read(String name) {
        try (InputStream in = open(name)) {
            return new JsonReader().read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
