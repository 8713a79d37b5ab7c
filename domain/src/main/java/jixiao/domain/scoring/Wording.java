package jixiao.domain.scoring;

import java.math.BigDecimal;
import jixiao.domain.language.Bilingual;
import jixiao.domain.target.Quantity;

/** The sentences of the explanations, in both languages, with the real numbers filled in. */
final class Wording {

    private Wording() {
    }

    static Bilingual rule(Rule rule) {
        return new Bilingual("规则: " + rule.description().zh(), "rule: " + rule.description().en());
    }

    static Bilingual met(Quantity actual, String symbol, Quantity target, BigDecimal weight) {
        return new Bilingual(
                "达成: 实际 " + actual.plainNumber() + " " + symbol + " 目标 " + target.plainNumber()
                        + "，得满分 " + Arithmetic.two(weight),
                "met: actual " + actual.plainNumber() + " " + symbol + " target "
                        + target.plainNumber() + ", full marks " + Arithmetic.two(weight));
    }

    /** {@code 未完成: 144 / 360 × 5.00 = 2.00}. */
    static Bilingual notMet(String formula, BigDecimal score) {
        String arithmetic = formula + " = " + Arithmetic.two(score);
        return new Bilingual("未完成: " + arithmetic, "not met: " + arithmetic);
    }

    static Bilingual notMetZero(String zhWhy, String enWhy) {
        return new Bilingual("未完成: " + zhWhy + "，得 0.00", "not met: " + enWhy + ", score 0.00");
    }

    static String ratio(String numerator, String denominator, BigDecimal weight) {
        return numerator + " / " + denominator + " × " + Arithmetic.two(weight);
    }

    static Bilingual overTarget(Quantity actual, String factor, Quantity target, BigDecimal weight) {
        return new Bilingual(
                "超额: 实际 " + actual.plainNumber() + " 超过 " + factor + "目标 " + target.plainNumber()
                        + "，仍得满分 " + Arithmetic.two(weight) + "，但需复核目标是否偏低",
                "over target: actual " + actual.plainNumber() + " exceeds " + factor + "target "
                        + target.plainNumber() + "; full marks " + Arithmetic.two(weight)
                        + ", but review whether the target was set too low");
    }

    static Bilingual equalsStrict(Quantity actual, String symbol, Quantity target, BigDecimal weight) {
        return new Bilingual(
                "实际 " + actual.plainNumber() + " 等于目标 " + symbol + target.plainNumber()
                        + "：比例为 1，得满分 " + Arithmetic.two(weight) + "（请复核）",
                "actual " + actual.plainNumber() + " equals the target " + symbol
                        + target.plainNumber() + ": the ratio is 1, full marks "
                        + Arithmetic.two(weight) + " (flagged for review)");
    }
}
