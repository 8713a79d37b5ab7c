package jixiao.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import jixiao.domain.language.Bilingual;

/**
 * The parameters of the scoring rules and of the monitoring lights. A rule set is data: a trainer copies one into a file,
 * changes a number, and passes the file by path (see {@link RuleSets}).
 */
public record RuleSet(
        String name,
        Bilingual description,
        BigDecimal totalPoints,
        BigDecimal executionWeight,
        RoundingMode executionRateRounding,
        ReverseScoring reverseScoring,
        BigDecimal overTargetFactor,
        boolean overTargetNeedsNote,
        BigDecimal overTargetNoteShare,
        BigDecimal achievedShare,
        BigDecimal partlyAchievedShare,
        BigDecimal notAchievedShare,
        BigDecimal achievedBandFloor,
        BigDecimal partlyAchievedBandFloor,
        BigDecimal excellentFrom,
        BigDecimal goodFrom,
        BigDecimal fairFrom,
        int costIndicatorsFrom,
        MonitoringRules monitoring) {

    public RuleSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(executionRateRounding, "executionRateRounding");
        Objects.requireNonNull(reverseScoring, "reverseScoring");
        Objects.requireNonNull(monitoring, "monitoring");
        requireShare(achievedShare, Parameter.ACHIEVED_SHARE);
        requireShare(partlyAchievedShare, Parameter.PARTLY_ACHIEVED_SHARE);
        requireShare(notAchievedShare, Parameter.NOT_ACHIEVED_SHARE);
        requireShare(achievedBandFloor, Parameter.ACHIEVED_BAND_FLOOR);
        requireShare(partlyAchievedBandFloor, Parameter.PARTLY_ACHIEVED_BAND_FLOOR);
        requireOrdered(partlyAchievedBandFloor, achievedBandFloor,
                Parameter.PARTLY_ACHIEVED_BAND_FLOOR, Parameter.ACHIEVED_BAND_FLOOR);
        requireOrdered(fairFrom, goodFrom, Parameter.FAIR_FROM, Parameter.GOOD_FROM);
        requireOrdered(goodFrom, excellentFrom, Parameter.GOOD_FROM, Parameter.EXCELLENT_FROM);
        requireOrdered(BigDecimal.ZERO, executionWeight, null, Parameter.EXECUTION_WEIGHT);
        requireOrdered(executionWeight, totalPoints, Parameter.EXECUTION_WEIGHT, Parameter.TOTAL_POINTS);
        requireOrdered(BigDecimal.ONE, overTargetFactor, null, Parameter.OVER_TARGET_FACTOR);
        requireOrdered(BigDecimal.ONE, overTargetNoteShare, null, Parameter.OVER_TARGET_NOTE_SHARE);
    }

    /**
     * Changes one parameter, checked as a rule-set file is: the trainers' screen edits a copy this way.
     * A value that does not read or breaks a limit throws, naming the parameter and what is allowed.
     */
    public RuleSet with(Parameter parameter, String value) throws InvalidRuleSetException {
        return RuleSets.with(this, parameter, value);
    }

    /** Every parameter with its value as a rule-set file writes it, in the order of {@link Parameter}. */
    public Map<Parameter, String> parameters() {
        Map<Parameter, String> values = new EnumMap<>(Parameter.class);
        values.put(Parameter.NAME, name);
        values.put(Parameter.DESCRIPTION_ZH, description.zh());
        values.put(Parameter.DESCRIPTION_EN, description.en());
        values.put(Parameter.TOTAL_POINTS, totalPoints.toPlainString());
        values.put(Parameter.EXECUTION_WEIGHT, executionWeight.toPlainString());
        values.put(Parameter.EXECUTION_RATE_ROUNDING, executionRateRounding.name());
        values.put(Parameter.REVERSE_SCORING, reverseScoring.key());
        values.put(Parameter.OVER_TARGET_FACTOR, overTargetFactor.toPlainString());
        values.put(Parameter.OVER_TARGET_NEEDS_NOTE, Boolean.toString(overTargetNeedsNote));
        values.put(Parameter.OVER_TARGET_NOTE_SHARE, overTargetNoteShare.toPlainString());
        values.put(Parameter.ACHIEVED_SHARE, achievedShare.toPlainString());
        values.put(Parameter.PARTLY_ACHIEVED_SHARE, partlyAchievedShare.toPlainString());
        values.put(Parameter.NOT_ACHIEVED_SHARE, notAchievedShare.toPlainString());
        values.put(Parameter.ACHIEVED_BAND_FLOOR, achievedBandFloor.toPlainString());
        values.put(Parameter.PARTLY_ACHIEVED_BAND_FLOOR, partlyAchievedBandFloor.toPlainString());
        values.put(Parameter.EXCELLENT_FROM, excellentFrom.toPlainString());
        values.put(Parameter.GOOD_FROM, goodFrom.toPlainString());
        values.put(Parameter.FAIR_FROM, fairFrom.toPlainString());
        values.put(Parameter.COST_INDICATORS_FROM, Integer.toString(costIndicatorsFrom));
        values.putAll(monitoring.parameters());
        return values;
    }

    private static void requireShare(BigDecimal share, Parameter parameter) {
        Objects.requireNonNull(share, parameter.key());
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(parameter.key() + " must lie between 0 and 1, not "
                    + share.toPlainString());
        }
    }

    private static void requireOrdered(BigDecimal low, BigDecimal high, Parameter lowParameter,
            Parameter highParameter) {
        Objects.requireNonNull(high, highParameter.key());
        if (low.compareTo(high) > 0) {
            String lower = lowParameter == null ? low.toPlainString() : lowParameter.key();
            throw new IllegalArgumentException(highParameter.key() + " (" + high.toPlainString()
                    + ") must not be below " + lower);
        }
    }
}
