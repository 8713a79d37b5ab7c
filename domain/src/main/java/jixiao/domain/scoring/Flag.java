package jixiao.domain.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import jixiao.domain.language.Bilingual;

/** Something about an indicator's score that a reviewer should look at. */
public enum Flag {
    OVER_TARGET("over-target", new Bilingual("超额完成，需复核目标是否偏低", "over target: review whether the target was set too low")),
    OVER_TARGET_NEEDS_NOTE("over-target-needs-note", new Bilingual("大幅超额，需填写偏差说明", "large over-achievement needs a deviation note")),
    EQUALS_STRICT_TARGET("equals-strict-target", new Bilingual("实际值恰好等于 > 或 < 目标值：按比例为 1 得满分", "actual equals a > or < target: the ratio is 1, full marks")),
    UNIT_MISMATCH("unit-mismatch", new Bilingual("目标与实际的单位不同", "target and actual have different units")),
    UNREADABLE_TARGET("unreadable-target", new Bilingual("目标像数字但无法读取，按定性指标处理", "the target looks numeric but cannot be read; treated as qualitative")),
    MANUAL_OUTSIDE_BAND("manual-outside-band", new Bilingual("人工评分不在该完成情况的分数区间内", "the manual score lies outside the band of the achievement phrase"));

    private final String key;
    private final Bilingual meaning;

    Flag(String key, Bilingual meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public Bilingual meaning() {
        return meaning;
    }

    /** An unmodifiable copy that iterates in declaration order, so output is the same on every run. */
    public static Set<Flag> ordered(Set<Flag> flags) {
        return flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }
}
