package jixiao.domain.monitoring;

import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.target.Quantity;
import jixiao.domain.target.Target;

/**
 * A rate, level or deadline ({@code ≥95(%)}, {@code ≥90(分)}), not prorated: green once the progress
 * meets the target; yellow while it does not but the unit is certain or thinks it possible; red
 * otherwise, a missing likelihood included.
 */
final class LevelRule {

    Lighting light(Target.Quantitative target, Quantity progress, Optional<Likelihood> likelihood, Schedule schedule) {
        String reached = " " + Wording.value(progress);
        Bilingual period = schedule.period();
        if (target.comparator().holds(progress.number(), target.quantity().number())) {
            return Lighting.lit(LightRule.LEVEL, Light.GREEN, List.of(Wording.rule(LightRule.LEVEL), Wording.lit(
                    period.zh() + reached + "，已达到目标 " + target.text(),
                    period.en() + reached + ": the target " + target.text() + " is met", Light.GREEN)));
        }
        boolean stillPossible = likelihood.filter(said -> said != Likelihood.IMPOSSIBLE).isPresent();
        Light light = stillPossible ? Light.YELLOW : Light.RED;
        Bilingual said = likelihood.map(Likelihood::words)
                .map(words -> new Bilingual("完成目标可能性“" + words.zh() + "”", "likelihood: " + words.en()))
                .orElse(new Bilingual("未填完成目标可能性", "no likelihood given"));
        return Lighting.lit(LightRule.LEVEL, light, List.of(Wording.rule(LightRule.LEVEL), Wording.lit(
                period.zh() + reached + "，尚未达到目标 " + target.text() + "，" + said.zh(),
                period.en() + reached + ": the target " + target.text() + " is not met yet; " + said.en(), light)));
    }
}
