package jixiao.domain.monitoring;

import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.Likelihood;

/**
 * No progress the rules can compare yet (a qualitative target with no phrase, a quantity with no
 * number): the likelihood decides, 确定能 green, 有可能 yellow, 完全不可能 red. Without one, no light.
 */
final class LikelihoodRule {

    Lighting light(Optional<Likelihood> likelihood, Bilingual why) {
        if (likelihood.isEmpty()) {
            return Lighting.unlit(LightRule.LIKELIHOOD, List.of(Wording.rule(LightRule.LIKELIHOOD), new Bilingual(
                    why.zh() + "，也未填完成目标可能性：无法亮灯", why.en() + ", and no likelihood is given: no light")));
        }
        Light light = light(likelihood.get());
        return Lighting.lit(LightRule.LIKELIHOOD, light, List.of(Wording.rule(LightRule.LIKELIHOOD), Wording.lit(
                why.zh() + "；完成目标可能性“" + likelihood.get().words().zh() + "”",
                why.en() + "; likelihood: " + likelihood.get().words().en(), light)));
    }

    private static Light light(Likelihood likelihood) {
        switch (likelihood) {
            case CERTAIN:
                return Light.GREEN;
            case POSSIBLE:
                return Light.YELLOW;
            default:
                return Light.RED;
        }
    }
}
