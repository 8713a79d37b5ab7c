package jixiao.domain.check;

import java.util.Objects;

/** A printed figure and the one the rules compute; {@code field} as in the JSON output. */
public record Difference(String field, String printed, String computed) {

    public Difference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(computed, "computed");
    }
}
