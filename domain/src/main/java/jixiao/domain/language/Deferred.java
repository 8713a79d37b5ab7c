package jixiao.domain.language;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, then kept: the words of a finding or of an
 * explanation, which a register that only counts findings and totals never reads
 * (docs/benchmarks.md, issue 14). The maker must be pure, so that two threads asking at once
 * make the same value and either may be kept.
 */
public final class Deferred<T> implements Supplier<T> {

    private final Supplier<? extends T> maker;
    private volatile T made;

    private Deferred(Supplier<? extends T> maker, T made) {
        this.maker = maker;
        this.made = made;
    }

    /** A value that {@code maker} makes when it is first asked for. */
    public static <T> Deferred<T> of(Supplier<? extends T> maker) {
        return new Deferred<>(Objects.requireNonNull(maker, "maker"), null);
    }

    /** A value made already. */
    public static <T> Deferred<T> done(T value) {
        return new Deferred<>(null, Objects.requireNonNull(value, "value"));
    }

    @Override
    public T get() {
        T value = made;
        if (value == null) {
            value = Objects.requireNonNull(maker.get(), "a deferred value");
            made = value;
        }
        return value;
    }
}
