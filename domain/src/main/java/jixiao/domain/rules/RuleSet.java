package jixiao.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.Limits.Bound;

/**
 * The parameters of the scoring rules and of the monitoring lights. A rule set is data: a trainer
 * copies one into a file, changes a number, and passes the file by path (see {@link RuleSets}).
 * Every value is checked here: a rule set that exists can score any form without failing.
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
        Objects.requireNonNull(totalPoints, "totalPoints");
        Objects.requireNonNull(executionWeight, "executionWeight");
        Objects.requireNonNull(executionRateRounding, "executionRateRounding");
        Objects.requireNonNull(reverseScoring, "reverseScoring");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(overTargetFactor, "overTargetFactor");
        Objects.requireNonNull(overTargetNoteShare, "overTargetNoteShare");
        Objects.requireNonNull(achievedShare, "achievedShare");
        Objects.requireNonNull(partlyAchievedShare, "partlyAchievedShare");
        Objects.requireNonNull(notAchievedShare, "notAchievedShare");
        Objects.requireNonNull(achievedBandFloor, "achievedBandFloor");
        Objects.requireNonNull(partlyAchievedBandFloor, "partlyAchievedBandFloor");
        Objects.requireNonNull(excellentFrom, "excellentFrom");
        Objects.requireNonNull(goodFrom, "goodFrom");
        Objects.requireNonNull(fairFrom, "fairFrom");
        Limits limits = new Limits();
        limits.name(name);
        limits.positive(Parameter.TOTAL_POINTS, totalPoints);
        limits.between(Parameter.EXECUTION_WEIGHT, executionWeight, Bound.fixed(BigDecimal.ZERO),
                Bound.of(Parameter.TOTAL_POINTS, totalPoints));
        limits.rounding(executionRateRounding);
        limits.atLeast(Parameter.OVER_TARGET_FACTOR, overTargetFactor, BigDecimal.ONE, new Bilingual(
                "超额是超过目标的倍数", "over-target is a multiple of the target"));
        limits.atLeast(Parameter.OVER_TARGET_NOTE_SHARE, overTargetNoteShare, BigDecimal.ONE, new Bilingual(
                "大幅超额是目标值的倍数", "large over-achievement is a multiple of the target"));
        checkPhrases(limits, achievedShare, partlyAchievedShare, notAchievedShare, achievedBandFloor,
                partlyAchievedBandFloor);
        checkGrades(limits, totalPoints, excellentFrom, goodFrom, fairFrom);
        limits.year(Parameter.COST_INDICATORS_FROM, costIndicatorsFrom);
        limits.enforce();
    }

    /**
     * Changes one parameter, checked as a rule-set file is: the trainers' screen edits a copy this way.
     * A value that does not read or breaks a limit throws, naming the parameter and what is allowed.
     */
    public RuleSet with(Parameter parameter, String value) throws InvalidRuleSetException {
        Map<Parameter, String> values = parameters();
        values.put(parameter, value.strip());
        return new ParameterValues(values, Source.NONE).build();
    }

    /**
     * The SHA-256 of every parameter as a rule-set file writes it, in hex: two sets with the same
     * hash score alike, and a stored project keeps its rule set under this identity.
     */
    public String hash() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        // Escaped as a file writes them, so that a line break inside a description cannot mimic another key.
        parameters().forEach((parameter, value) -> sha256.update((parameter.key() + "=" + RuleSetFile.escape(value)
                + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Equal when every parameter is, as a rule-set file writes them ({@link #parameters()}): the identity
     * that {@link #hash()} stands for. Written out rather than left to the record, whose generated
     * {@code equals} and {@code hashCode} bootstrap through {@code invokedynamic} on first use: for these
     * nineteen components that spun some thirty classes, a sixth of a {@code show} (docs/benchmarks.md).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSet rules && parameters().equals(rules.parameters());
    }

    @Override
    public int hashCode() {
        return parameters().hashCode();
    }

    /**
     * The set's name as outputs show it: see {@link RuleSets#label}. A built-in set is told by its
     * parameters, without hashing: the first SHA-256 of a run (the security providers, the digest)
     * cost a {@code show} or a {@code check} about 8 ms (docs/benchmarks.md).
     */
    public String label() {
        return RuleSets.isBuiltIn(this) ? name : RuleSets.label(name, hash());
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

    /**
     * The three phrases' bands (达成, 部分达成, 未达成) split 0..1 without overlap, and each
     * phrase's suggested share lies in its own band: otherwise a score could be both right and flagged.
     */
    private static void checkPhrases(Limits limits, BigDecimal achievedShare, BigDecimal partlyAchievedShare,
            BigDecimal notAchievedShare, BigDecimal achievedBandFloor, BigDecimal partlyAchievedBandFloor) {
        Bound zero = Bound.fixed(BigDecimal.ZERO);
        Bound one = Bound.fixed(BigDecimal.ONE);
        Bound achievedFloor = Bound.of(Parameter.ACHIEVED_BAND_FLOOR, achievedBandFloor);
        Bound partlyFloor = Bound.of(Parameter.PARTLY_ACHIEVED_BAND_FLOOR, partlyAchievedBandFloor);
        Bilingual bands = new Bilingual("未达成、部分达成、达成三个区间依次相接，不能重叠或为空",
                "the bands of 未达成, 部分达成 and 达成 follow each other and must neither overlap nor be empty");
        limits.below(zero, partlyFloor, bands);
        limits.below(partlyFloor, achievedFloor, bands);
        limits.notAbove(achievedFloor, one, bands);
        Bilingual own = new Bilingual("建议得分应落在该短语自己的区间内", "a phrase's suggested score must lie in its own band");
        limits.between(Parameter.ACHIEVED_SHARE, achievedShare, achievedFloor, one);
        limits.notAbove(partlyFloor, Bound.of(Parameter.PARTLY_ACHIEVED_SHARE, partlyAchievedShare), own);
        limits.below(Bound.of(Parameter.PARTLY_ACHIEVED_SHARE, partlyAchievedShare), achievedFloor, own);
        limits.notAbove(zero, Bound.of(Parameter.NOT_ACHIEVED_SHARE, notAchievedShare), own);
        limits.below(Bound.of(Parameter.NOT_ACHIEVED_SHARE, notAchievedShare), partlyFloor, own);
    }

    /** 0 ≤ 中 < 良 < 优 ≤ full marks: every grade can be reached, and only one way. */
    private static void checkGrades(Limits limits, BigDecimal totalPoints, BigDecimal excellentFrom,
            BigDecimal goodFrom, BigDecimal fairFrom) {
        Bilingual rising = new Bilingual("等级分数线应依次升高：中 < 良 < 优 ≤ 满分",
                "grade thresholds must rise: 中 < 良 < 优 ≤ full marks");
        Bound fair = Bound.of(Parameter.FAIR_FROM, fairFrom);
        Bound good = Bound.of(Parameter.GOOD_FROM, goodFrom);
        Bound excellent = Bound.of(Parameter.EXCELLENT_FROM, excellentFrom);
        limits.notAbove(Bound.fixed(BigDecimal.ZERO), fair, rising);
        limits.below(fair, good, rising);
        limits.below(good, excellent, rising);
        limits.notAbove(excellent, Bound.of(Parameter.TOTAL_POINTS, totalPoints), rising);
    }
}
