package jixiao.domain.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.Published;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorecard;

/**
 * Checking a form against what its authors printed (scoring.md §7): every published figure that
 * differs from the rules, and every printed indicator score that differs from the suggestion —
 * a judgement when the form explains it, a mismatch when it does not.
 */
final class PublishedFigures {

    private PublishedFigures() {
    }

    static List<Finding> of(Project project, Scorecard card, RuleSet rules) {
        List<Finding> found = new ArrayList<>();
        Published printed = project.published();
        printed.executionWeight().ifPresent(weight -> differs(found, "execution_weight",
                new Bilingual("预算执行率分值", "execution weight"), weight, rules.executionWeight()));
        card.execution().ifPresent(execution -> {
            printed.executionRate().ifPresent(rate -> rate(found, rate, execution));
            printed.executionScore().ifPresent(score -> differs(found, "execution_score",
                    new Bilingual("执行得分", "execution score"), score, execution.score()));
        });
        card.total().ifPresent(total -> printed.totalScore().ifPresent(score -> differs(found, "total_score",
                new Bilingual("总分", "total"), score, total)));
        card.grade().ifPresent(grade -> printed.grade().filter(text -> !text.isBlank())
                .filter(text -> !text.strip().equals(grade.symbol()))
                .ifPresent(text -> found.add(mismatch("grade", text.strip(), grade.symbol(), new Bilingual(
                        "评分等级：表上印“" + text.strip() + "”，按总分应为“" + grade.symbol() + "”",
                        "grade: printed '" + text.strip() + "', the total gives '" + grade.symbol() + "'"), Optional.empty()))));
        for (int i = 0; i < project.indicators().size(); i++) {
            indicatorScore(found, i, project.indicators().get(i), card.indicator(i));
        }
        return found;
    }

    private static void rate(List<Finding> found, BigDecimal printed, ExecutionScore execution) {
        if (execution.rate().isEmpty() || printed.compareTo(execution.rate().get()) == 0) {
            return;
        }
        BigDecimal computed = execution.rate().get();
        String exact = execution.preciseRate().map(BigDecimal::toPlainString).orElse("");
        boolean cutOff = execution.rateRounded(RoundingMode.DOWN).map(down -> down.compareTo(printed) == 0).orElse(false);
        Bilingual message = cutOff
                ? new Bilingual("执行率：表上印 " + printed.toPlainString() + "，按规则应为 " + computed.toPlainString()
                        + "（精确值 " + exact + "%）：看起来是截断而非四舍五入",
                        "execution rate: printed " + printed.toPlainString() + ", the rules give " + computed.toPlainString()
                        + " (exactly " + exact + " %): the printed figure looks cut off rather than rounded")
                : new Bilingual("执行率：表上印 " + printed.toPlainString() + "，按规则应为 " + computed.toPlainString()
                        + "（精确值 " + exact + "%）",
                        "execution rate: printed " + printed.toPlainString() + ", the rules give " + computed.toPlainString()
                        + " (exactly " + exact + " %)");
        found.add(mismatch("execution_rate", printed.toPlainString(), computed.toPlainString(), message, Optional.empty()));
    }

    private static void differs(List<Finding> found, String field, Bilingual what, BigDecimal printed, BigDecimal computed) {
        if (printed.compareTo(computed) != 0) {
            found.add(mismatch(field, printed.toPlainString(), Arithmetic.two(computed), new Bilingual(
                    what.zh() + "：表上印 " + printed.toPlainString() + "，按规则应为 " + Arithmetic.two(computed),
                    what.en() + ": printed " + printed.toPlainString() + ", the rules give " + Arithmetic.two(computed)),
                    Optional.empty()));
        }
    }

    private static void indicatorScore(List<Finding> found, int index, Indicator indicator, IndicatorScore score) {
        if (score.manual().isEmpty() || score.suggested().isEmpty()
                || score.manual().get().compareTo(score.suggested().get()) == 0) {
            return;
        }
        IndicatorRef ref = new IndicatorRef(index, indicator.name());
        String printed = Arithmetic.two(score.manual().get());
        String suggested = Arithmetic.two(score.suggested().get());
        if (indicator.hasDeviationNote()) {
            found.add(new Finding(Severity.WARNING, FindingKind.JUDGEMENT.code(), new Bilingual(
                    ref.name() + "：评分 " + printed + " 为人工判断，规则建议 " + suggested + "（已填偏差说明）",
                    ref.name() + ": the score " + printed + " is a judgement call; the rules suggest " + suggested
                            + " (a deviation note is given)"),
                    Optional.of(ref), Optional.of(new Difference("indicator_score", printed, suggested))));
        } else {
            found.add(mismatch("indicator_score", printed, suggested, new Bilingual(
                    ref.name() + "：表上得分 " + printed + "，按规则应为 " + suggested + "，且未说明原因",
                    ref.name() + ": printed score " + printed + ", the rules give " + suggested + ", with no deviation note"),
                    Optional.of(ref)));
        }
    }

    private static Finding mismatch(String field, String printed, String computed, Bilingual message,
            Optional<IndicatorRef> indicator) {
        return new Finding(Severity.MISMATCH, FindingKind.MISMATCH.code(), message, indicator,
                Optional.of(new Difference(field, printed, computed)));
    }
}
