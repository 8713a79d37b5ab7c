package jixiao.tui.editing;

import java.util.function.Function;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Indicator;

/** The editable parts of an indicator row, in the order of the paper form: how each is read and written. */
public enum IndicatorColumn {
    LEVEL1(new Bilingual("一级指标", "Level 1"), Indicator::level1,
            (indicator, text) -> indicator.withNames(text.strip(), indicator.level2(), indicator.name())),
    LEVEL2(new Bilingual("二级指标", "Level 2"), Indicator::level2,
            (indicator, text) -> indicator.withNames(indicator.level1(), text.strip(), indicator.name())),
    NAME(new Bilingual("三级指标", "Indicator"), Indicator::name,
            (indicator, text) -> indicator.withNames(indicator.level1(), indicator.level2(), text.strip())),
    TARGET(new Bilingual("年度指标值", "Target"), indicator -> indicator.target().text(), Indicator::withTarget),
    ACTUAL(new Bilingual("实际完成值", "Actual"), indicator -> indicator.actual().text(), Indicator::withActual),
    WEIGHT(new Bilingual("分值", "Weight"), indicator -> Amounts.write(indicator.weight()),
            (indicator, text) -> indicator.withWeight(Typed.amount(text))),
    /** The score a person sets by hand; blank leaves it to the rules. */
    SCORE(new Bilingual("得分", "Score"), indicator -> Amounts.write(indicator.manualScore()),
            (indicator, text) -> indicator.withManualScore(Typed.amount(text))),
    DEVIATION(new Bilingual("偏差原因分析及改进措施", "Deviation note"), Indicator::deviation,
            (indicator, text) -> indicator.withDeviation(text.strip()));

    /** Typed text into an indicator; refuses what the column cannot hold. */
    @FunctionalInterface
    private interface Writer {
        Indicator write(Indicator indicator, String text) throws InvalidEntry;
    }

    private final Bilingual label;
    private final Function<Indicator, String> reader;
    private final Writer writer;

    IndicatorColumn(Bilingual label, Function<Indicator, String> reader, Writer writer) {
        this.label = label;
        this.reader = reader;
        this.writer = writer;
    }

    public Bilingual label() {
        return label;
    }

    /** Whether the rules score the indicator on this column's value. */
    public boolean isScored() {
        return this == TARGET || this == ACTUAL || this == WEIGHT;
    }

    String read(Indicator indicator) {
        return reader.apply(indicator);
    }

    Indicator write(Indicator indicator, String text) throws InvalidEntry {
        return writer.write(indicator, text);
    }
}
