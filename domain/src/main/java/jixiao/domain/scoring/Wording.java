package jixiao.domain.scoring;

import java.math.BigDecimal;
import jixiao.domain.language.Bilingual;
import jixiao.domain.target.Quantity;

/**
 * The sentences of the explanations, in both languages, with the real numbers filled in. Each
 * number is formatted once and used in both sentences: formatting is most of the cost of scoring.
 */
final class Wording {

    private Wording() {
    }

    static Bilingual rule(Rule rule) {
        return rule.step();
    }

    static Bilingual met(Quantity actual, String symbol, Quantity target, BigDecimal weight) {
        String a = actual.plainNumber();
        String t = target.plainNumber();
        String w = Arithmetic.two(weight);
        return new Bilingual("达成: 实际 " + a + " " + symbol + " 目标 " + t + "，得满分 " + w,
                "met: actual " + a + " " + symbol + " target " + t + ", full marks " + w);
    }

    /** {@code 未完成: 144 / 360 × 5.00 = 2.00}. */
    static Bilingual notMet(String formula, BigDecimal score) {
        String arithmetic = formula + " = " + Arithmetic.two(score);
        return new Bilingual("未完成: " + arithmetic, "not met: " + arithmetic);
    }

    static Bilingual notMetZero(Bilingual why) {
        return new Bilingual("未完成: " + why.zh() + "，得 0.00", "not met: " + why.en() + ", score 0.00");
    }

    static String ratio(String numerator, String denominator, BigDecimal weight) {
        return numerator + " / " + denominator + " × " + Arithmetic.two(weight);
    }

    static Bilingual overTarget(Quantity actual, String factor, Quantity target, BigDecimal weight) {
        String a = actual.plainNumber();
        String t = target.plainNumber();
        String w = Arithmetic.two(weight);
        return new Bilingual("超额: 实际 " + a + " 超过 " + factor + "目标 " + t + "，仍得满分 " + w + "，但需复核目标是否偏低",
                "over target: actual " + a + " exceeds " + factor + "target " + t + "; full marks " + w
                        + ", but review whether the target was set too low");
    }

    static Bilingual equalsStrict(Quantity actual, String symbol, Quantity target, BigDecimal weight) {
        String a = actual.plainNumber();
        String t = symbol + target.plainNumber();
        String w = Arithmetic.two(weight);
        return new Bilingual("实际 " + a + " 等于目标 " + t + "：比例为 1，得满分 " + w + "（请复核）",
                "actual " + a + " equals the target " + t + ": the ratio is 1, full marks " + w + " (flagged for review)");
    }
}
