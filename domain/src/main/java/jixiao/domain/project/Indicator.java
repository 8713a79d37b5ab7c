package jixiao.domain.project;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;

/**
 * One row of the indicator tree: its level-1 and level-2 categories, its name, the target, the
 * actual, the weight (分值), a score set by hand if any, and the deviation note.
 */
public record Indicator(String level1, String level2, String name, Target target, Actual actual,
        Optional<BigDecimal> weight, Optional<BigDecimal> manualScore, String deviation) {

    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(manualScore, "manualScore");
        Objects.requireNonNull(deviation, "deviation");
    }

    /** An indicator from the texts a user typed; weight and score may be null. */
    public static Indicator of(String level1, String level2, String name, String target,
            String actual, BigDecimal weight, BigDecimal manualScore, String deviation) {
        return new Indicator(level1, level2, name, Target.parse(target), Actual.parse(actual),
                Optional.ofNullable(weight), Optional.ofNullable(manualScore),
                deviation == null ? "" : deviation);
    }

    public boolean hasDeviationNote() {
        return !deviation.isBlank();
    }

    public Indicator withTarget(String text) {
        return new Indicator(level1, level2, name, Target.parse(text), actual, weight, manualScore,
                deviation);
    }

    public Indicator withActual(String text) {
        return new Indicator(level1, level2, name, target, Actual.parse(text), weight, manualScore,
                deviation);
    }

    public Indicator withWeight(Optional<BigDecimal> newWeight) {
        return new Indicator(level1, level2, name, target, actual, newWeight, manualScore, deviation);
    }

    public Indicator withManualScore(Optional<BigDecimal> score) {
        return new Indicator(level1, level2, name, target, actual, weight, score, deviation);
    }

    public Indicator withDeviation(String note) {
        return new Indicator(level1, level2, name, target, actual, weight, manualScore, note);
    }

    public Indicator withNames(String newLevel1, String newLevel2, String newName) {
        return new Indicator(newLevel1, newLevel2, newName, target, actual, weight, manualScore,
                deviation);
    }
}
