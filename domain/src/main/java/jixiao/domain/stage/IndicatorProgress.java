package jixiao.domain.stage;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.target.Actual;

/**
 * An indicator's row of a monitoring return: 1–M月实际完成值 (progress, read like an actual: a number
 * with its unit, an achievement phrase, or words), 全年预计完成值 (forecast), 完成目标可能性
 * (likelihood), 偏差原因 (causes, from the fixed list), 原因说明 (cause note) and 纠偏措施 (correction).
 */
public record IndicatorProgress(Actual progress, Actual forecast, Optional<Likelihood> likelihood, Set<Cause> causes,
        String causeNote, String correction) {

    public static final IndicatorProgress EMPTY = new IndicatorProgress(Actual.parse(""), Actual.parse(""),
            Optional.empty(), Set.of(), "", "");

    public IndicatorProgress {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(causeNote, "causeNote");
        Objects.requireNonNull(correction, "correction");
        causes = causes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(causes));
    }

    /**
     * Whether a deviation is explained as the form asks: at least one cause, a 原因说明 and a 纠偏措施.
     * A red or yellow light without all three is an error.
     */
    public boolean explainsDeviation() {
        return !causes.isEmpty() && !causeNote.isBlank() && !correction.isBlank();
    }

    public IndicatorProgress withProgress(String text) {
        return new IndicatorProgress(Actual.parse(text), forecast, likelihood, causes, causeNote, correction);
    }

    public IndicatorProgress withForecast(String text) {
        return new IndicatorProgress(progress, Actual.parse(text), likelihood, causes, causeNote, correction);
    }

    public IndicatorProgress withLikelihood(Optional<Likelihood> changed) {
        return new IndicatorProgress(progress, forecast, changed, causes, causeNote, correction);
    }

    public IndicatorProgress withCauses(Set<Cause> changed) {
        return new IndicatorProgress(progress, forecast, likelihood, changed, causeNote, correction);
    }

    public IndicatorProgress withCauseNote(String changed) {
        return new IndicatorProgress(progress, forecast, likelihood, causes, changed, correction);
    }

    public IndicatorProgress withCorrection(String changed) {
        return new IndicatorProgress(progress, forecast, likelihood, causes, causeNote, changed);
    }
}
