package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Language;
import jixiao.domain.monitoring.BudgetLight;
import jixiao.domain.monitoring.IndicatorLight;
import jixiao.domain.monitoring.Light;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.Indicator;
import jixiao.domain.scoring.Explanation;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.StageField;
import jixiao.tui.words.Words;

/**
 * How a monitoring light comes about, in the domain's own words: the project light first, then
 * the budget light or one indicator's (its target and progress, each step of its explanation —
 * the rule first — and what the checks found about it).
 *
 * <pre>
 * 项目灯 黄
 *   预算灯 绿；指标灯最差为 黄 → 项目灯 黄
 * 3. 产出指标 / 数量指标 / 购置数量
 * 年度指标值 ≥300(个)   1–7月实际完成值 120(个)   完成目标可能性 有可能
 *   规则: 累计类数量指标按时间进度：1–M月完成值 ÷ (年度目标 × M/12)
 *   1–7月 120 个 ÷ (300 个 × 7/12) = 68.57% → 黄
 * 灯 黄
 * 错误 …: 黄灯须填写偏差原因、原因说明和纠偏措施
 * </pre>
 */
public final class LightSheet {

    private LightSheet() {
    }

    /** The project light, then the indicator at {@code index}, or the budget light when it is empty. */
    public static List<Line> of(MonitoringReturn form, MonitoringReview review, Optional<Integer> index,
            Language language, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(light(Words.PROJECT_LIGHT.in(language), review.light(), language, width));
        lines.addAll(steps(review.explanation(), language, width));
        lines.add(Line.fitted("", Tone.NORMAL, width));
        if (index.isPresent()) {
            lines.addAll(indicator(form, review.indicator(index.get()), index.get(), language, width));
            lines.addAll(findings(review.about(index.get()), language, width));
        } else {
            BudgetLight budget = review.budget();
            lines.addAll(steps(budget.explanation(), language, width));
            lines.add(light(Words.BUDGET_LIGHT.in(language), budget.light(), language, width));
            lines.addAll(findings(review.findings().stream().filter(finding -> finding.indicator().isEmpty()).toList(),
                    language, width));
        }
        return lines;
    }

    private static List<Line> indicator(MonitoringReturn form, IndicatorLight lit, int index, Language language, int width) {
        Indicator indicator = form.form().indicators().get(index);
        IndicatorProgress progress = form.progress(index);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted((index + 1) + ". " + indicator.level1() + " / " + indicator.level2() + " / "
                + indicator.name(), Tone.HEADING, width));
        lines.addAll(Line.wrapped(Words.TARGET_IN_FORCE.in(language) + " " + indicator.target().text() + "    "
                + StageField.PROGRESS.label(form).in(language) + " " + orNone(progress.progress().text(), language) + "    "
                + StageField.LIKELIHOOD.label().in(language) + " "
                + progress.likelihood().map(likelihood -> likelihood.words().in(language)).orElse(Words.NONE.in(language)),
                Tone.NORMAL, width));
        lines.addAll(steps(lit.explanation(), language, width));
        lines.add(light(Words.LIGHT.in(language), lit.light(), language, width));
        return lines;
    }

    private static Line light(String label, Optional<Light> light, Language language, int width) {
        return Line.fitted(List.of(new Segment(label + " ", Tone.HEADING), LightWord.of(light, language)), width);
    }

    private static List<Line> steps(Explanation explanation, Language language, int width) {
        List<Line> lines = new ArrayList<>();
        for (String step : explanation.in(language)) {
            lines.addAll(Line.wrapped("  " + step, Tone.NORMAL, width));
        }
        return lines;
    }

    private static List<Line> findings(List<Finding> findings, Language language, int width) {
        List<Line> lines = new ArrayList<>();
        for (Finding finding : findings) {
            lines.addAll(Line.wrapped(finding.severity().label().in(language) + " " + finding.kind().in(language) + ": "
                    + finding.message().in(language), finding.severity() == Severity.WARNING ? Tone.WARNING : Tone.ERROR, width));
        }
        return lines;
    }

    private static String orNone(String text, Language language) {
        return text.isBlank() ? Words.NONE.in(language) : text;
    }
}
