package jixiao.domain.monitoring;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.project.Indicator;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.MonitoringReturn;

/**
 * Lights a monitoring return under one rule set (monitoring.md) and checks it. Pure: the same
 * return, the same lights, each explained step by step in both languages, like a score.
 */
public final class Monitor {

    private final BudgetRule budgetRule;
    private final IndicatorLighting lighting;

    public Monitor(RuleSet rules) {
        this.budgetRule = new BudgetRule(rules);
        this.lighting = new IndicatorLighting(rules.monitoring());
    }

    public MonitoringReview review(MonitoringReturn form) {
        Schedule schedule = new Schedule(form.month(), form.period());
        BudgetLight budget = budgetRule.light(form, schedule);
        List<IndicatorLight> lights = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator indicator = form.form().indicators().get(i);
            lights.add(lighting.light(new IndicatorRef(i, indicator.name()), indicator, form.progress(i), schedule));
        }
        WorstLight.Verdict project = WorstLight.of(budget, lights);
        return new MonitoringReview(budget, lights, project.light(), project.explanation(),
                MonitoringFindings.of(form, budget, lights));
    }
}
