package jixiao.domain.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.FindingKind;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;

/**
 * What makes a monitoring return wrong or doubtful (monitoring.md): a red or yellow light without
 * a cause, a 原因说明 and a 纠偏措施 is an error, as is a budget light without 偏差原因, a light that
 * cannot be lit, and 需要整改 without 整改措施; a blue light is a warning.
 */
final class MonitoringFindings {

    private MonitoringFindings() {
    }

    static List<Finding> of(MonitoringReturn form, BudgetLight budget, List<IndicatorLight> lights) {
        List<Finding> found = new ArrayList<>();
        budget(form, budget, found);
        for (IndicatorLight light : lights) {
            indicator(light, form.progress(light.indicator().index()), found);
        }
        if (form.conclusion().rectifiesWithoutMeasures()) {
            found.add(about(Severity.ERROR, FindingKind.RECTIFY_WITHOUT_MEASURES.code(), Optional.empty(), new Bilingual(
                    "需要整改，但未填写整改措施", "the project needs putting right, but no measures are given")));
        }
        return found;
    }

    private static void budget(MonitoringReturn form, BudgetLight budget, List<Finding> found) {
        if (budget.light().isEmpty()) {
            Bilingual why = lastStep(budget.explanation().steps());
            found.add(about(Severity.ERROR, FindingKind.NO_BUDGET_LIGHT.code(), Optional.empty(), new Bilingual(
                    "预算执行未亮灯：" + why.zh(), "no budget light: " + why.en())));
        } else if (budget.light().get().needsExplanation() && form.budgetCause().isBlank()) {
            Bilingual light = budget.light().get().label();
            String rate = Wording.percent(budget.rate().orElseThrow());
            String ratio = Wording.percent(budget.ratio().orElseThrow());
            found.add(about(Severity.ERROR, FindingKind.BUDGET_LIGHT_WITHOUT_CAUSE.code(), Optional.empty(), new Bilingual(
                    "预算执行为" + light.zh() + "灯（执行率 " + rate + "，时间进度比 " + ratio + "），须填写偏差原因",
                    "the budget light is " + light.en() + " (execution rate " + rate + ", " + ratio
                            + " of the schedule): the cause of the deviation must be given")));
        }
    }

    private static void indicator(IndicatorLight light, IndicatorProgress row, List<Finding> found) {
        IndicatorRef ref = light.indicator();
        if (light.light().isEmpty()) {
            Bilingual why = lastStep(light.explanation().steps());
            found.add(about(Severity.ERROR, FindingKind.NO_LIGHT.code(), Optional.of(ref), new Bilingual(
                    ref.name() + "：未亮灯（" + why.zh() + "）", ref.name() + ": no light (" + why.en() + ")")));
            return;
        }
        Bilingual colour = light.light().get().label();
        if (light.light().get().needsExplanation() && !row.explainsDeviation()) {
            Bilingual missing = missing(row);
            found.add(about(Severity.ERROR, FindingKind.LIGHT_WITHOUT_CAUSE.code(), Optional.of(ref), new Bilingual(
                    ref.name() + "：" + colour.zh() + "灯，须选择偏差原因并填写原因说明和纠偏措施（缺：" + missing.zh() + "）",
                    ref.name() + ": a " + colour.en() + " light needs a cause, a cause note and a correction (missing: "
                            + missing.en() + ")")));
        }
        if (light.light().get() == Light.BLUE) {
            String ratio = light.ratio().map(Wording::percent).orElse("");
            found.add(about(Severity.WARNING, FindingKind.BLUE_LIGHT.code(), Optional.of(ref), new Bilingual(
                    ref.name() + "：蓝灯（时间进度比 " + ratio + "），进度远超时间进度，请复核目标是否定得偏低",
                    ref.name() + ": a blue light (" + ratio + " of the schedule): far ahead; was the target set too low?")));
        }
    }

    private static Bilingual missing(IndicatorProgress row) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (row.causes().isEmpty()) {
            zh.add("偏差原因（" + String.join("、", causes()) + "）");
            en.add("a cause");
        }
        if (row.causeNote().isBlank()) {
            zh.add("原因说明");
            en.add("a cause note");
        }
        if (row.correction().isBlank()) {
            zh.add("纠偏措施");
            en.add("a correction");
        }
        return new Bilingual(String.join("、", zh), String.join(", ", en));
    }

    private static List<String> causes() {
        return List.of(Cause.values()).stream().map(cause -> cause.words().zh()).toList();
    }

    /** Why nothing was lit: the last step of the explanation says. */
    private static Bilingual lastStep(List<Bilingual> steps) {
        return steps.get(steps.size() - 1);
    }

    private static Finding about(Severity severity, String code, Optional<IndicatorRef> indicator, Bilingual message) {
        return new Finding(severity, code, message, indicator, Optional.empty());
    }
}
