package jixiao.app.command;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * A field of ours as the place where picocli keeps an option's value, for options built by code: the
 * same field that the option's annotation fills when a command reads annotations. (picocli's getter
 * and setter are generic methods, which lambdas cannot implement.)
 */
final class Binding<T> implements IGetter, ISetter {

    private final Supplier<T> getter;
    private final Consumer<T> setter;

    Binding(Supplier<T> getter, Consumer<T> setter) {
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
        return (V) getter.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V set(V value) {
        V previous = get();
        setter.accept((T) value);
        return previous;
    }
}
