package jixiao.domain.check;

import java.util.Objects;

/** Which indicator a finding is about: its position in the form (from 0) and its name. */
public record IndicatorRef(int index, String name) {

    public IndicatorRef {
        Objects.requireNonNull(name, "name");
    }

    /** The row number people see, from 1. */
    public int row() {
        return index + 1;
    }
}
