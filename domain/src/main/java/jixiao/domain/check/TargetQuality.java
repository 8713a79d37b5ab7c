package jixiao.domain.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Comparator;
import jixiao.domain.target.Target;

/**
 * Target quality after 财预〔2021〕101号 (scoring.md §6): warnings for both forms. Public so that the
 * lint ({@code jixiao.domain.lint}) reports the very same warnings rather than a second copy of them.
 */
public final class TargetQuality {

    static final String COST = "成本指标";
    private static final String SATISFACTION = "满意度指标";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The indicator tree of domain.md; older forms also put 成本指标 under 产出指标. */
    private static final Map<String, Set<String>> LEVEL2 = Map.of(
            COST, Set.of("经济成本指标", "社会成本指标", "生态环境成本指标"),
            "产出指标", Set.of("数量指标", "质量指标", "时效指标", COST),
            "效益指标", Set.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            SATISFACTION, Set.of("服务对象满意度指标"));

    private TargetQuality() {
    }

    /**
     * An indicator with its categories as written but for the spaces around them: each stripped once
     * per review, not once per check (a profile of many forms' review found a seventh of it stripping).
     */
    private record Place(IndicatorRef ref, Indicator indicator, String level1, String level2) {

        static Place of(int index, Indicator indicator) {
            return new Place(new IndicatorRef(index, indicator.name()), indicator, indicator.level1().strip(),
                    indicator.level2().strip());
        }

        boolean isCost() {
            return level1.equals(COST) || level2.equals(COST);
        }
    }

    /** Every target-quality warning of one form, in the form's order. */
    public static List<Finding> of(Project project, RuleSet rules) {
        List<Place> places = new ArrayList<>(project.indicators().size());
        for (int i = 0; i < project.indicators().size(); i++) {
            places.add(Place.of(i, project.indicators().get(i)));
        }
        List<Finding> found = new ArrayList<>();
        noCostIndicator(project, places, rules, found);
        Set<String> seen = new HashSet<>();
        for (Place place : places) {
            metByNothing(place, found);
            satisfactionOfHundred(place, found);
            level2(place, found);
            duplicate(place, seen, found);
        }
        mostlyQualitative(project, found);
        return found;
    }

    private static void mostlyQualitative(Project project, List<Finding> found) {
        long qualitative = project.indicators().stream().filter(indicator -> !indicator.target().isQuantitative()).count();
        long quantitative = project.indicators().size() - qualitative;
        if (qualitative > quantitative) {
            found.add(Finding.about(Severity.WARNING, FindingKind.MOSTLY_QUALITATIVE.code(), () -> new Bilingual(
                    "定性指标（" + qualitative + " 个）多于定量指标（" + quantitative + " 个）：能量化的应量化",
                    "more qualitative (" + qualitative + ") than quantitative (" + quantitative
                            + ") indicators: quantify what can be quantified")));
        }
    }

    private static void noCostIndicator(Project project, List<Place> places, RuleSet rules, List<Finding> found) {
        if (project.key().year() >= rules.costIndicatorsFrom() && !places.isEmpty()
                && places.stream().noneMatch(Place::isCost)) {
            found.add(Finding.about(Severity.WARNING, FindingKind.NO_COST_INDICATOR.code(), () -> new Bilingual(
                    project.key().year() + " 年的表单没有成本指标（" + rules.costIndicatorsFrom() + " 年起应设）",
                    "a form of " + project.key().year() + " has no 成本指标 (required from "
                            + rules.costIndicatorsFrom() + ")")));
        }
    }

    private static void metByNothing(Place place, List<Finding> found) {
        IndicatorRef ref = place.ref();
        if (place.indicator().target() instanceof Target.Quantitative target
                && target.comparator() == Comparator.AT_LEAST && target.quantity().number().signum() <= 0) {
            found.add(Finding.about(Severity.WARNING, FindingKind.TARGET_MET_BY_NOTHING.code(), ref, () -> new Bilingual(
                    ref.name() + "：目标“" + target.text() + "”不做任何事也能达成，无法衡量绩效",
                    ref.name() + ": the target '" + target.text() + "' is met by doing nothing")));
        }
    }

    private static void satisfactionOfHundred(Place place, List<Finding> found) {
        IndicatorRef ref = place.ref();
        boolean satisfaction = place.level1().equals(SATISFACTION) || place.indicator().name().contains("满意度");
        if (satisfaction && place.indicator().target() instanceof Target.Quantitative target
                && target.quantity().unit().isPercent() && target.quantity().number().compareTo(HUNDRED) == 0
                && (target.comparator() == Comparator.EQUAL || target.comparator() == Comparator.AT_LEAST)) {
            found.add(Finding.about(Severity.WARNING, FindingKind.SATISFACTION_100.code(), ref, () -> new Bilingual(
                    ref.name() + "：满意度目标“" + target.text() + "”要求人人满意，不切实际",
                    ref.name() + ": a satisfaction target of '" + target.text() + "' asks everyone to be satisfied")));
        }
    }

    private static void level2(Place place, List<Finding> found) {
        IndicatorRef ref = place.ref();
        String level1 = place.level1();
        String level2 = place.level2();
        Set<String> allowed = LEVEL2.get(level1);
        if (allowed == null) {
            found.add(Finding.about(Severity.WARNING, FindingKind.UNKNOWN_LEVEL1.code(), ref, () -> new Bilingual(
                    ref.name() + "：一级指标“" + level1 + "”不在指标体系中",
                    ref.name() + ": the level-1 category '" + level1 + "' is not one of the indicator tree's")));
        } else if (!allowed.contains(level2)) {
            found.add(Finding.about(Severity.WARNING, FindingKind.UNEXPECTED_LEVEL2.code(), ref, () -> new Bilingual(
                    ref.name() + "：二级指标“" + level2 + "”不属于一级指标“" + level1 + "”",
                    ref.name() + ": the level-2 category '" + level2 + "' does not belong to '" + level1 + "'")));
        }
    }

    private static void duplicate(Place place, Set<String> seen, List<Finding> found) {
        IndicatorRef ref = place.ref();
        String name = place.indicator().name();
        if (!name.isBlank() && !seen.add(name.strip())) {
            found.add(Finding.about(Severity.WARNING, FindingKind.DUPLICATE_INDICATOR.code(), ref, () -> new Bilingual(
                    ref.name() + "：与前面的指标同名", ref.name() + ": another indicator has the same name")));
        }
    }
}
