package jixiao.domain.monitoring;

import java.util.Optional;
import jixiao.domain.stage.Likelihood;

/** 完全不可能 makes any indicator red, whatever its progress says. */
final class LikelihoodOverride {

    private LikelihoodOverride() {
    }

    static Lighting apply(Lighting lit, Optional<Likelihood> likelihood) {
        if (likelihood.filter(said -> said == Likelihood.IMPOSSIBLE).isEmpty() || lit.light().equals(Optional.of(Light.RED))) {
            return lit;
        }
        return lit.overriddenBy(Light.RED, Wording.lit("完成目标可能性为“完全不可能”：无论进度如何，一律为红灯",
                "the likelihood is impossible: red, whatever the progress", Light.RED));
    }
}
