package jixiao.domain.stage;

import java.util.Objects;
import jixiao.domain.target.Target;

/** One row's target as an adjustment changed it (or, in {@link ProjectYear#declaredTargets()}, as first declared). */
public record TargetChange(int index, Target target) {

    public TargetChange {
        Objects.requireNonNull(target, "target");
        if (index < 0) {
            throw new IllegalArgumentException("an indicator row is counted from 0, not " + index);
        }
    }

    /** The row as people and the exchange format count it, from 1. */
    public int position() {
        return index + 1;
    }
}
