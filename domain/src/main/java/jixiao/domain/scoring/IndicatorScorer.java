package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Achievement;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;
import jixiao.domain.target.Unit;

/** Chooses the rule for an indicator, applies it, and then the manual score and the flags. */
final class IndicatorScorer {

    private final RuleSet rules;
    private final AchievementRule achievementRule = new AchievementRule();

    IndicatorScorer(RuleSet rules) {
        this.rules = rules;
    }

    IndicatorScore score(Indicator indicator) {
        Suggestion suggestion = indicator.weight()
                .map(weight -> suggest(indicator.target(), indicator.actual(), weight))
                .orElseGet(() -> Suggestion.none(Status.NO_WEIGHT,
                        new Bilingual("未填分值，无法计分", "no weight: nothing to score against")));
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(suggestion.flags());
        if (indicator.target() instanceof Target.Unreadable) {
            flags.add(Flag.UNREADABLE_TARGET);
        }
        if (unitsDiffer(indicator)) {
            flags.add(Flag.UNIT_MISMATCH);
        }
        if (indicator.manualScore().isPresent() && suggestion.band().isPresent()
                && !suggestion.band().get().contains(indicator.manualScore().get())) {
            flags.add(Flag.MANUAL_OUTSIDE_BAND);
        }
        return new IndicatorScore(suggestion.rule(), suggestion.status(), indicator.weight(),
                suggestion.score().map(score -> clamp(score, indicator.weight().get())),
                indicator.manualScore(), flags, suggestion.band(),
                Explanation.lazily(() -> steps(indicator, suggestion, flags)));
    }

    /** The suggestion's steps, with those of the flags the indicator itself raised and of its manual score. */
    private static List<Bilingual> steps(Indicator indicator, Suggestion suggestion, Set<Flag> flags) {
        List<Bilingual> steps = new ArrayList<>(suggestion.steps());
        if (indicator.target() instanceof Target.Unreadable unreadable) {
            steps.add(0, new Bilingual("目标“" + unreadable.text() + "”无法读取：" + unreadable.reason().zh()
                    + "；按定性指标处理", "the target '" + unreadable.text() + "' cannot be read: "
                    + unreadable.reason().en() + "; treated as qualitative"));
        }
        if (flags.contains(Flag.UNIT_MISMATCH)) {
            steps.add(unitStep((Target.Quantitative) indicator.target(), (Actual.Measured) indicator.actual()));
        }
        indicator.manualScore().ifPresent(manual -> {
            steps.add(manualStep(manual, suggestion.score()));
            if (flags.contains(Flag.MANUAL_OUTSIDE_BAND)) {
                steps.add(new Bilingual("人工评分 " + Arithmetic.two(manual) + " 不在区间 "
                        + suggestion.band().get() + " 内", "the manual score " + Arithmetic.two(manual)
                        + " lies outside " + suggestion.band().get()));
            }
        });
        return steps;
    }

    private Suggestion suggest(Target target, Actual actual, BigDecimal weight) {
        if (actual instanceof Actual.Phrase phrase) {
            return achievementRule.score(phrase.achievement(), weight, rules);
        }
        // Numbers first: the common case, and a restated numeric target scores the same by comparison.
        if (target instanceof Target.Quantitative quantitative && actual instanceof Actual.Measured measured) {
            return ComparisonRule.of(quantitative.comparator())
                    .score(quantitative.quantity(), measured.quantity(), weight, rules);
        }
        if (!(target instanceof Target.Blank) && actual.restates(target)) {
            Suggestion achieved = achievementRule.score(Achievement.ACHIEVED, weight, rules);
            return new Suggestion(achieved.rule(), achieved.status(), achieved.score(), achieved.flags(),
                    Explanation.lazily(() -> restated(achieved.steps())), achieved.band());
        }
        if (actual instanceof Actual.Missing) {
            return Suggestion.none(Status.NO_ACTUAL, new Bilingual("未填实际完成值", "no actual value yet"));
        }
        return Suggestion.none(Status.NEEDS_JUDGEMENT, new Bilingual(
                "实际值“" + actual.text() + "”无法按规则比较，需人工评分",
                "the actual '" + actual.text() + "' cannot be compared by the rules: a person must set the score"));
    }

    /** The achievement's steps, with why a restated actual counts as achieved after the rule. */
    private static List<Bilingual> restated(List<Bilingual> achieved) {
        List<Bilingual> steps = new ArrayList<>(achieved);
        steps.add(1, new Bilingual("实际值与目标值相同，视为达成", "the actual restates the target: achieved"));
        return steps;
    }

    /** Units differ when both are written and differ, or when one side is a percentage and the other is bare. */
    private static boolean unitsDiffer(Indicator indicator) {
        if (!(indicator.target() instanceof Target.Quantitative target)
                || !(indicator.actual() instanceof Actual.Measured actual)) {
            return false;
        }
        Unit expected = target.quantity().unit();
        Unit got = actual.quantity().unit();
        return !expected.equals(got)
                && (!expected.isNone() && !got.isNone() || expected.isPercent() || got.isPercent());
    }

    private static Bilingual unitStep(Target.Quantitative target, Actual.Measured actual) {
        Unit expected = target.quantity().unit();
        Unit got = actual.quantity().unit();
        return new Bilingual(
                "单位不同: 目标 " + describe(expected, "无单位") + "，实际 " + describe(got, "无单位") + "；仍按数字比较",
                "units differ: target " + describe(expected, "none") + ", actual " + describe(got, "none")
                        + "; the numbers are compared anyway");
    }

    private static String describe(Unit unit, String none) {
        return unit.isNone() ? none : unit.text();
    }

    private static Bilingual manualStep(BigDecimal manual, Optional<BigDecimal> suggested) {
        String two = Arithmetic.two(manual);
        return suggested.map(s -> new Bilingual("人工评分 " + two + "（规则建议 " + Arithmetic.two(s) + "），以人工评分为准",
                        "manual score " + two + " (the rules suggest " + Arithmetic.two(s) + "); the manual score counts"))
                .orElse(new Bilingual("人工评分 " + two, "manual score " + two));
    }

    /** No rule may suggest less than 0 or more than the weight, whatever odd numbers it was given. */
    private static BigDecimal clamp(BigDecimal score, BigDecimal weight) {
        BigDecimal ceiling = Arithmetic.round(weight.max(BigDecimal.ZERO));
        return score.max(Arithmetic.round(BigDecimal.ZERO)).min(ceiling);
    }

}
