package jixiao.domain.monitoring;

import jixiao.domain.check.IndicatorRef;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.rules.MonitoringRules;
import jixiao.domain.scoring.Explanation;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;

/** Chooses the light rule for an indicator's progress, applies it, and then the likelihood override. */
final class IndicatorLighting {

    private final MonitoringRules rules;
    private final QuantityRule quantityRule = new QuantityRule();
    private final LevelRule levelRule = new LevelRule();
    private final ReverseRule reverseRule = new ReverseRule();
    private final QualitativeRule qualitativeRule = new QualitativeRule();
    private final LikelihoodRule likelihoodRule = new LikelihoodRule();

    IndicatorLighting(MonitoringRules rules) {
        this.rules = rules;
    }

    IndicatorLight light(IndicatorRef ref, Indicator indicator, IndicatorProgress row, Schedule schedule) {
        Lighting lit = LikelihoodOverride.apply(choose(indicator.target(), row, schedule), row.likelihood());
        return new IndicatorLight(ref, lit.rule(), lit.light(), lit.ratio(), new Explanation(lit.steps()));
    }

    private Lighting choose(Target target, IndicatorProgress row, Schedule schedule) {
        Actual progress = row.progress();
        if (progress instanceof Actual.Phrase phrase) {
            return qualitativeRule.byPhrase(phrase, schedule);
        }
        if (target instanceof Target.Quantitative quantitative && progress instanceof Actual.Measured measured) {
            if (quantitative.comparator().isReverse()) {
                return reverseRule.light(quantitative, measured.quantity(), schedule);
            }
            if (accumulates(quantitative)) {
                return quantityRule.light(quantitative.quantity(), measured.quantity(), schedule, rules);
            }
            return levelRule.light(quantitative, measured.quantity(), row.likelihood(), schedule);
        }
        if (!(target instanceof Target.Blank) && progress.restates(target)) {
            return qualitativeRule.byRestatement(progress, schedule);
        }
        return likelihoodRule.light(row.likelihood(), nothingToCompare(target, progress, schedule));
    }

    /** A count, amount or headcount above 0 in a unit that grows over the year: prorated by month. */
    private boolean accumulates(Target.Quantitative target) {
        return target.quantity().number().signum() > 0 && rules.accumulates(target.quantity().unit());
    }

    private static Bilingual nothingToCompare(Target target, Actual progress, Schedule schedule) {
        Bilingual period = schedule.period();
        if (progress instanceof Actual.Missing) {
            return new Bilingual(period.zh() + "尚未填写完成值", "no progress for " + period.en() + " yet");
        }
        return new Bilingual(period.zh() + "完成情况“" + progress.text() + "”无法与目标“" + target.text() + "”比较",
                "the progress '" + progress.text() + "' cannot be compared with the target '" + target.text() + "'");
    }
}
