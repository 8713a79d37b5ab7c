package jixiao.domain.monitoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.scoring.Explanation;

/**
 * The project light: the worst of the budget light and the indicator lights (red, then yellow,
 * then green); blue counts as green here and is listed as a warning instead.
 */
final class WorstLight {

    private static final Bilingual RULE = new Bilingual("规则: 项目灯取预算与各指标中最差的灯（红 > 黄 > 绿，蓝灯按绿计并另列提醒）",
            "rule: the project light is the worst of the budget's and the indicators' (red > yellow > green; "
                    + "blue counts as green and is listed as a warning)");

    private WorstLight() {
    }

    /** The project light (empty while nothing is lit) and how it came about. */
    record Verdict(Optional<Light> light, Explanation explanation) {
    }

    static Verdict of(BudgetLight budget, List<IndicatorLight> indicators) {
        Optional<Light> worst = budget.light().map(Light::forProject);
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        int unlit = 0;
        for (IndicatorLight indicator : indicators) {
            if (indicator.light().isEmpty()) {
                unlit++;
                continue;
            }
            Light light = indicator.light().get();
            counts.merge(light, 1, Integer::sum);
            worst = Optional.of(worst.map(sofar -> Light.worse(sofar, light)).orElse(light.forProject()));
        }
        return new Verdict(worst, Explanation.of(RULE, tally(budget, counts, unlit, worst)));
    }

    private static Bilingual tally(BudgetLight budget, Map<Light, Integer> counts, int unlit, Optional<Light> worst) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        counts.forEach((light, count) -> {
            zh.add(light.label().zh() + " " + count);
            en.add(light.label().en() + " " + count);
        });
        if (unlit > 0) {
            zh.add("未亮灯 " + unlit);
            en.add("unlit " + unlit);
        }
        String zhBudget = "预算 " + budget.light().map(light -> light.label().zh()).orElse("未亮灯");
        String enBudget = "budget " + budget.light().map(light -> light.label().en()).orElse("unlit");
        String zhIndicators = "；指标 " + (zh.isEmpty() ? "无" : String.join("，", zh));
        String enIndicators = "; indicators " + (en.isEmpty() ? "none" : String.join(", ", en));
        return worst.map(light -> Wording.lit(zhBudget + zhIndicators, enBudget + enIndicators, light))
                .orElse(new Bilingual(zhBudget + zhIndicators + " → 尚无灯", enBudget + enIndicators + " → no light yet"));
    }
}
