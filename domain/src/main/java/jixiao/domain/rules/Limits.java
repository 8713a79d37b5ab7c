package jixiao.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jixiao.domain.language.Bilingual;

/**
 * The limits a rule set's values must keep to mean anything: every value in its range, thresholds
 * in order, bands that do not overlap, no rounding that can fail. {@link RuleSet}'s constructor runs
 * them all and names every limit broken, so that a trainer fixes a file in one go.
 */
final class Limits {

    /** The rounding modes that always give a rate: all but UNNECESSARY, which fails when a rate needs rounding. */
    static final List<RoundingMode> ROUNDINGS = Arrays.stream(RoundingMode.values())
            .filter(mode -> mode != RoundingMode.UNNECESSARY).toList();
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;
    private static final int LONGEST_NAME = 64;

    /** A broken limit: the parameters it concerns (the first is the one to change) and what is wrong. */
    record Violation(List<Parameter> parameters, Bilingual message) {

        Violation {
            parameters = List.copyOf(parameters);
            Objects.requireNonNull(message, "message");
        }
    }

    /** A value a limit compares with: another parameter's value, or a fixed number. */
    record Bound(Parameter parameter, BigDecimal value) {

        static Bound of(Parameter parameter, BigDecimal value) {
            return new Bound(parameter, value);
        }

        static Bound fixed(BigDecimal value) {
            return new Bound(null, value);
        }

        String describe() {
            return parameter == null ? value.toPlainString() : parameter.key() + " (" + value.toPlainString() + ")";
        }
    }

    private final List<Violation> violations = new ArrayList<>();

    void name(String name) {
        if (name.isBlank() || name.length() > LONGEST_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            violations.add(new Violation(List.of(Parameter.NAME), new Bilingual(
                    "name：规则集需要名称：1 至 " + LONGEST_NAME + " 个字符，不含换行",
                    "name: a rule set needs a name of 1 to " + LONGEST_NAME + " characters on one line")));
        }
    }

    void positive(Parameter parameter, BigDecimal value) {
        if (value.signum() <= 0) {
            violations.add(new Violation(List.of(parameter), new Bilingual(
                    parameter.key() + "（" + value.toPlainString() + "）应大于 0",
                    parameter.key() + " (" + value.toPlainString() + ") must be above 0")));
        }
    }

    /** low ≤ value ≤ high. */
    void between(Parameter parameter, BigDecimal value, Bound low, Bound high) {
        if (value.compareTo(low.value()) < 0 || value.compareTo(high.value()) > 0) {
            violations.add(new Violation(involved(parameter, low, high), new Bilingual(
                    parameter.key() + "（" + value.toPlainString() + "）应在 " + low.describe() + " 与 "
                            + high.describe() + " 之间",
                    parameter.key() + " (" + value.toPlainString() + ") must lie between " + low.describe()
                            + " and " + high.describe())));
        }
    }

    void atLeast(Parameter parameter, BigDecimal value, BigDecimal low, Bilingual why) {
        if (value.compareTo(low) < 0) {
            violations.add(new Violation(List.of(parameter), new Bilingual(
                    parameter.key() + "（" + value.toPlainString() + "）不应小于 " + low.toPlainString() + "：" + why.zh(),
                    parameter.key() + " (" + value.toPlainString() + ") must not be below " + low.toPlainString()
                            + ": " + why.en())));
        }
    }

    /** low < high: thresholds and band edges that must rise. */
    void below(Bound low, Bound high, Bilingual why) {
        if (low.value().compareTo(high.value()) >= 0) {
            violations.add(new Violation(involved(null, low, high), new Bilingual(
                    low.describe() + " 应小于 " + high.describe() + "：" + why.zh(),
                    low.describe() + " must be below " + high.describe() + ": " + why.en())));
        }
    }

    /** low ≤ high. */
    void notAbove(Bound low, Bound high, Bilingual why) {
        if (low.value().compareTo(high.value()) > 0) {
            violations.add(new Violation(involved(null, low, high), new Bilingual(
                    low.describe() + " 不应大于 " + high.describe() + "：" + why.zh(),
                    low.describe() + " must not be above " + high.describe() + ": " + why.en())));
        }
    }

    void noBlank(Parameter parameter, List<String> items) {
        if (items.stream().anyMatch(String::isBlank)) {
            violations.add(new Violation(List.of(parameter), new Bilingual(parameter.key() + "：列表中有空项",
                    parameter.key() + ": the list has a blank item")));
        }
    }

    void rounding(RoundingMode mode) {
        if (!ROUNDINGS.contains(mode)) {
            String allowed = ROUNDINGS.stream().map(RoundingMode::name).collect(Collectors.joining(", "));
            violations.add(new Violation(List.of(Parameter.EXECUTION_RATE_ROUNDING), new Bilingual(
                    Parameter.EXECUTION_RATE_ROUNDING.key() + "：不能用 " + mode + "（执行率需要舍入时会出错）；可选：" + allowed,
                    Parameter.EXECUTION_RATE_ROUNDING.key() + ": " + mode + " cannot be used (it fails whenever a rate"
                            + " needs rounding); allowed: " + allowed)));
        }
    }

    void year(Parameter parameter, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(new Violation(List.of(parameter), new Bilingual(
                    parameter.key() + "（" + year + "）应为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间的年度",
                    parameter.key() + " (" + year + ") must be a year from " + FIRST_YEAR + " to " + LAST_YEAR)));
        }
    }

    /** Throws when any limit is broken; {@link RuleSets} turns the violations into messages with file lines. */
    void enforce() {
        if (!violations.isEmpty()) {
            throw new ImpossibleRuleSetException(violations);
        }
    }

    private static List<Parameter> involved(Parameter first, Bound... bounds) {
        List<Parameter> parameters = new ArrayList<>();
        if (first != null) {
            parameters.add(first);
        }
        for (Bound bound : bounds) {
            if (bound.parameter() != null) {
                parameters.add(bound.parameter());
            }
        }
        return parameters;
    }

    /** Values that break the limits of a rule set; a bug when code builds one, a user's mistake in a file. */
    static final class ImpossibleRuleSetException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient List<Violation> violations;

        ImpossibleRuleSetException(List<Violation> violations) {
            super(violations.stream().map(violation -> violation.message().en()).collect(Collectors.joining("; ")));
            this.violations = List.copyOf(violations);
        }

        List<Violation> violations() {
            return violations;
        }
    }
}
