package jixiao.domain.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;

/** What one light rule made of an indicator, before the likelihood override. */
record Lighting(LightRule rule, Optional<Light> light, Optional<BigDecimal> ratio, List<Bilingual> steps) {

    Lighting {
        steps = List.copyOf(steps);
    }

    static Lighting lit(LightRule rule, Light light, List<Bilingual> steps) {
        return new Lighting(rule, Optional.of(light), Optional.empty(), steps);
    }

    static Lighting unlit(LightRule rule, List<Bilingual> steps) {
        return new Lighting(rule, Optional.empty(), Optional.empty(), steps);
    }

    Lighting overriddenBy(Light changed, Bilingual step) {
        List<Bilingual> more = new ArrayList<>(steps);
        more.add(step);
        return new Lighting(rule, Optional.of(changed), ratio, more);
    }
}
