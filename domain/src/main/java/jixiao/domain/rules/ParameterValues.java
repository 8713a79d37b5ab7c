package jixiao.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.Limits.ImpossibleRuleSetException;

/**
 * Every parameter's text read into its type, then checked by {@link RuleSet}'s limits; each value
 * that does not read, and each limit broken, becomes one problem at its line, with what is allowed.
 */
final class ParameterValues {

    /** Plain decimals only: {@code 1E2} or {@code 0x10} in a rule-set file is a typo, not a number. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Map<Parameter, String> values;
    private final Source source;
    private final List<Bilingual> problems = new ArrayList<>();

    ParameterValues(Map<Parameter, String> values, Source source) {
        this.values = values;
        this.source = source;
    }

    RuleSet build() throws InvalidRuleSetException {
        BigDecimal totalPoints = number(Parameter.TOTAL_POINTS);
        BigDecimal executionWeight = number(Parameter.EXECUTION_WEIGHT);
        // Every rounding mode reads, so that UNNECESSARY is refused by the limits with the reason why.
        RoundingMode rounding = choice(Parameter.EXECUTION_RATE_ROUNDING, RoundingMode::name,
                List.of(RoundingMode.values()), Limits.ROUNDINGS);
        ReverseScoring reverse = choice(Parameter.REVERSE_SCORING, ReverseScoring::key, List.of(ReverseScoring.values()));
        BigDecimal overTargetFactor = number(Parameter.OVER_TARGET_FACTOR);
        Boolean overTargetNeedsNote = choice(Parameter.OVER_TARGET_NEEDS_NOTE, String::valueOf, List.of(true, false));
        BigDecimal overTargetNoteShare = number(Parameter.OVER_TARGET_NOTE_SHARE);
        BigDecimal achievedShare = number(Parameter.ACHIEVED_SHARE);
        BigDecimal partlyAchievedShare = number(Parameter.PARTLY_ACHIEVED_SHARE);
        BigDecimal notAchievedShare = number(Parameter.NOT_ACHIEVED_SHARE);
        BigDecimal achievedBandFloor = number(Parameter.ACHIEVED_BAND_FLOOR);
        BigDecimal partlyAchievedBandFloor = number(Parameter.PARTLY_ACHIEVED_BAND_FLOOR);
        BigDecimal excellentFrom = number(Parameter.EXCELLENT_FROM);
        BigDecimal goodFrom = number(Parameter.GOOD_FROM);
        BigDecimal fairFrom = number(Parameter.FAIR_FROM);
        Integer costIndicatorsFrom = year(Parameter.COST_INDICATORS_FROM);
        BigDecimal yellowFrom = number(Parameter.MONITORING_YELLOW_FROM);
        BigDecimal greenFrom = number(Parameter.MONITORING_GREEN_FROM);
        BigDecimal blueFrom = number(Parameter.MONITORING_BLUE_FROM);
        List<String> accumulating = MonitoringRules.units(values.get(Parameter.MONITORING_ACCUMULATING_UNITS));
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        MonitoringRules monitoring = monitoring(yellowFrom, greenFrom, blueFrom, accumulating);
        try {
            RuleSet rules = new RuleSet(values.get(Parameter.NAME), new Bilingual(values.get(Parameter.DESCRIPTION_ZH),
                    values.get(Parameter.DESCRIPTION_EN)), totalPoints, executionWeight, rounding, reverse,
                    overTargetFactor, overTargetNeedsNote, overTargetNoteShare, achievedShare, partlyAchievedShare,
                    notAchievedShare, achievedBandFloor, partlyAchievedBandFloor, excellentFrom, goodFrom, fairFrom,
                    costIndicatorsFrom, monitoring);
            if (problems.isEmpty()) {
                return rules;
            }
        } catch (ImpossibleRuleSetException e) {
            broken(e);
        }
        throw new InvalidRuleSetException(problems);
    }

    /** The monitoring parameters; where they break a limit, the problems, and a stand-in to check the rest. */
    private MonitoringRules monitoring(BigDecimal yellowFrom, BigDecimal greenFrom, BigDecimal blueFrom,
            List<String> accumulating) {
        try {
            return new MonitoringRules(yellowFrom, greenFrom, blueFrom, accumulating);
        } catch (ImpossibleRuleSetException e) {
            broken(e);
            return new MonitoringRules(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        }
    }

    private void broken(ImpossibleRuleSetException e) {
        e.violations().forEach(violation -> problems.add(source.problem(
                violation.parameters().stream().map(Parameter::key).toList(), violation.message())));
    }

    private BigDecimal number(Parameter parameter) {
        String value = values.get(parameter);
        if (DECIMAL.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        cannotRead(parameter, new Bilingual("十进制数，如 10 或 0.60", "a decimal number such as 10 or 0.60"));
        return null;
    }

    private Integer year(Parameter parameter) {
        String value = values.get(parameter);
        if (YEAR.matcher(value).matches()) {
            return Integer.valueOf(value);
        }
        cannotRead(parameter, new Bilingual("四位数年度，如 2021", "a four-digit year such as 2021"));
        return null;
    }

    /** One of a few words, spelled exactly as a rule-set file writes them. */
    private <T> T choice(Parameter parameter, Function<T, String> word, List<T> options) {
        return choice(parameter, word, options, options);
    }

    private <T> T choice(Parameter parameter, Function<T, String> word, List<T> options, List<T> allowed) {
        String value = values.get(parameter);
        Optional<T> chosen = options.stream().filter(option -> word.apply(option).equals(value)).findFirst();
        if (chosen.isEmpty()) {
            cannotRead(parameter, Bilingual.same(allowed.stream().map(word).collect(Collectors.joining(", "))));
        }
        return chosen.orElse(null);
    }

    private void cannotRead(Parameter parameter, Bilingual allowed) {
        String value = values.get(parameter);
        problems.add(source.problem(parameter.key(), new Bilingual(
                parameter.key() + "：无法读取“" + value + "”；可用的值：" + allowed.zh(),
                parameter.key() + ": cannot read '" + value + "'; allowed: " + allowed.en())));
    }
}
