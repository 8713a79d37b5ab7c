package jixiao.domain.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.Limits.Bound;
import jixiao.domain.target.Unit;

/**
 * The parameters of the mid-year monitoring lights (monitoring.md): the thresholds of progress
 * against the schedule, in percent (red below {@code yellowFrom}, yellow below {@code greenFrom},
 * green, and blue from {@code blueFrom} for quantities that accumulate), and the units of those
 * quantities. A province with only red and green sets {@code yellowFrom} equal to {@code greenFrom};
 * one without blue sets {@code blueFrom} out of reach.
 */
public record MonitoringRules(BigDecimal yellowFrom, BigDecimal greenFrom, BigDecimal blueFrom,
        List<String> accumulatingUnits) {

    public MonitoringRules {
        Objects.requireNonNull(yellowFrom, Parameter.MONITORING_YELLOW_FROM.key());
        Objects.requireNonNull(greenFrom, Parameter.MONITORING_GREEN_FROM.key());
        Objects.requireNonNull(blueFrom, Parameter.MONITORING_BLUE_FROM.key());
        accumulatingUnits = List.copyOf(accumulatingUnits);
        Limits limits = new Limits();
        Bilingual rising = new Bilingual("运行监控的灯色分界应依次升高：0 ≤ 黄 ≤ 绿 ≤ 蓝",
                "the monitoring thresholds must rise: 0 ≤ yellow ≤ green ≤ blue");
        Bound yellow = Bound.of(Parameter.MONITORING_YELLOW_FROM, yellowFrom);
        Bound green = Bound.of(Parameter.MONITORING_GREEN_FROM, greenFrom);
        limits.notAbove(Bound.fixed(BigDecimal.ZERO), yellow, rising);
        limits.notAbove(yellow, green, rising);
        limits.notAbove(green, Bound.of(Parameter.MONITORING_BLUE_FROM, blueFrom), rising);
        limits.noBlank(Parameter.MONITORING_ACCUMULATING_UNITS, accumulatingUnits);
        limits.enforce();
    }

    /** Whether a quantity in this unit grows over the year (个, 次, 万元), and so is prorated by month. */
    public boolean accumulates(Unit unit) {
        return accumulatingUnits.contains(unit.text());
    }

    /** Reads a unit list as a rule-set file writes it: separated by commas (either width), 、 or spaces. */
    static List<String> units(String text) {
        return Arrays.stream(text.split("[,，、\\s]+")).filter(unit -> !unit.isEmpty()).toList();
    }

    Map<Parameter, String> parameters() {
        Map<Parameter, String> values = new EnumMap<>(Parameter.class);
        values.put(Parameter.MONITORING_YELLOW_FROM, yellowFrom.toPlainString());
        values.put(Parameter.MONITORING_GREEN_FROM, greenFrom.toPlainString());
        values.put(Parameter.MONITORING_BLUE_FROM, blueFrom.toPlainString());
        values.put(Parameter.MONITORING_ACCUMULATING_UNITS, String.join(",", accumulatingUnits));
        return values;
    }
}
