package jixiao.domain.monitoring;

import java.math.BigDecimal;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.MonitoringRules;

/**
 * A monitoring light (预警, monitoring.md), worst first. Blue is a quantity far ahead of the
 * schedule: as good as green for the project, but worth a look (was the target set too low?).
 * The words say it without colour.
 */
public enum Light {
    RED("red", new Bilingual("红", "red")),
    YELLOW("yellow", new Bilingual("黄", "yellow")),
    GREEN("green", new Bilingual("绿", "green")),
    BLUE("blue", new Bilingual("蓝", "blue"));

    /** What stands where a light would, while nothing reported lights it. */
    public static final Bilingual UNLIT = new Bilingual("未亮灯", "unlit");

    private final String key;
    private final Bilingual label;

    Light(String key, Bilingual label) {
        this.key = key;
        this.label = label;
    }

    /** The name in the exchange format and JSON output: {@code red}, {@code yellow}, {@code green}, {@code blue}. */
    public String key() {
        return key;
    }

    /** 红, 黄, 绿, 蓝 and their English. */
    public Bilingual label() {
        return label;
    }

    /** Red and yellow ask the unit for causes, a 原因说明 and a 纠偏措施. */
    public boolean needsExplanation() {
        return this == RED || this == YELLOW;
    }

    /** The light as the project light counts it: blue counts as green. */
    public Light forProject() {
        return this == BLUE ? GREEN : this;
    }

    /** The worse of two lights, as the project light counts them. */
    public static Light worse(Light one, Light other) {
        Light a = one.forProject();
        Light b = other.forProject();
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The light of a progress against the schedule, in %: red, yellow, green and, where {@code blue}, blue. */
    static Light of(BigDecimal percent, MonitoringRules rules, boolean blue) {
        if (percent.compareTo(rules.yellowFrom()) < 0) {
            return RED;
        }
        if (percent.compareTo(rules.greenFrom()) < 0) {
            return YELLOW;
        }
        return blue && percent.compareTo(rules.blueFrom()) >= 0 ? BLUE : GREEN;
    }
}
