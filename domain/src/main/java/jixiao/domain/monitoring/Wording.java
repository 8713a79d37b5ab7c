package jixiao.domain.monitoring;

import java.math.BigDecimal;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.MonitoringRules;
import jixiao.domain.target.Quantity;

/** The sentences of the light explanations, in both languages, with the real numbers filled in. */
final class Wording {

    private Wording() {
    }

    /** {@code 规则: …}, with the thresholds where the rule reads a ratio. */
    static Bilingual rule(LightRule rule) {
        return new Bilingual("规则: " + rule.description().zh(), "rule: " + rule.description().en());
    }

    static Bilingual rule(LightRule rule, MonitoringRules rules, boolean blue) {
        String yellow = rules.yellowFrom().toPlainString() + "%";
        String green = rules.greenFrom().toPlainString() + "%";
        String top = rules.blueFrom().toPlainString() + "%";
        return new Bilingual("规则: " + rule.description().zh() + "；红 < " + yellow + " ≤ 黄 < " + green + " ≤ 绿"
                + (blue ? " < " + top + " ≤ 蓝" : ""),
                "rule: " + rule.description().en() + "; red < " + yellow + " ≤ yellow < " + green + " ≤ green"
                        + (blue ? " < " + top + " ≤ blue" : ""));
    }

    /** {@code  → 绿}. */
    static Bilingual arrow(Light light) {
        return new Bilingual(" → " + light.label().zh(), " → " + light.label().en());
    }

    /** A sentence in both languages ending in the light it gives. */
    static Bilingual lit(String zh, String en, Light light) {
        Bilingual arrow = arrow(light);
        return new Bilingual(zh + arrow.zh(), en + arrow.en());
    }

    /** {@code 160 个}: the number as explanations show it, and its unit where one is written. */
    static String value(Quantity quantity) {
        return quantity.unit().isNone() ? quantity.plainNumber()
                : quantity.unit().isPercent() ? quantity.plainNumber() + "%"
                : quantity.plainNumber() + " " + quantity.unit().text();
    }

    static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }
}
