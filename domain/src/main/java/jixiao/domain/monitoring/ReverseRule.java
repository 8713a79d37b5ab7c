package jixiao.domain.monitoring;

import java.util.List;
import jixiao.domain.language.Bilingual;
import jixiao.domain.target.Quantity;
import jixiao.domain.target.Target;

/** A reverse target ({@code ≤5(%)}, {@code <3(起)}): green while the progress satisfies it, red once it does not. */
final class ReverseRule {

    Lighting light(Target.Quantitative target, Quantity progress, Schedule schedule) {
        String reached = " " + Wording.value(progress);
        Bilingual period = schedule.period();
        boolean holds = target.comparator().holds(progress.number(), target.quantity().number());
        Light light = holds ? Light.GREEN : Light.RED;
        return Lighting.lit(LightRule.REVERSE, light, List.of(Wording.rule(LightRule.REVERSE), holds
                ? Wording.lit(period.zh() + reached + "，满足目标 " + target.text(),
                        period.en() + reached + " satisfies the target " + target.text(), light)
                : Wording.lit(period.zh() + reached + "，已超出目标 " + target.text(),
                        period.en() + reached + " is beyond the target " + target.text(), light)));
    }
}
