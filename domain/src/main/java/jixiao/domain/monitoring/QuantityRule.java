package jixiao.domain.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.rules.MonitoringRules;
import jixiao.domain.target.Quantity;

/**
 * A quantity that accumulates over the year ({@code ≥300(个)}): r = progress ÷ (target × M/12);
 * red, yellow, green, and blue when far ahead of the schedule.
 */
final class QuantityRule {

    Lighting light(Quantity target, Quantity progress, Schedule schedule, MonitoringRules rules) {
        BigDecimal ratio = schedule.against(progress.number(), target.number());
        Light light = Light.of(ratio, rules, true);
        String arithmetic = Wording.value(progress) + " ÷ (" + Wording.value(target) + " × " + schedule.fraction()
                + ") = " + Wording.percent(ratio);
        return new Lighting(LightRule.QUANTITY, Optional.of(light), Optional.of(ratio), List.of(
                Wording.rule(LightRule.QUANTITY, rules, true),
                Wording.lit(schedule.period().zh() + " " + arithmetic, schedule.period().en() + " " + arithmetic, light)));
    }
}
