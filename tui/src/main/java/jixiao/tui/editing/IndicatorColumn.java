package jixiao.tui.editing;

import java.util.function.Function;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormField;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Indicator;

/** The editable parts of an indicator row, in the order of the paper form: how each is read and written. */
public enum IndicatorColumn {
    LEVEL1(FormField.LEVEL1, Indicator::level1,
            (indicator, text) -> indicator.withNames(text.strip(), indicator.level2(), indicator.name())),
    LEVEL2(FormField.LEVEL2, Indicator::level2,
            (indicator, text) -> indicator.withNames(indicator.level1(), text.strip(), indicator.name())),
    NAME(FormField.INDICATOR, Indicator::name,
            (indicator, text) -> indicator.withNames(indicator.level1(), indicator.level2(), text.strip())),
    TARGET(FormField.TARGET, indicator -> indicator.target().text(), Indicator::withTarget),
    ACTUAL(FormField.ACTUAL, indicator -> indicator.actual().text(), Indicator::withActual),
    WEIGHT(FormField.WEIGHT, indicator -> Amounts.write(indicator.weight()),
            (indicator, text) -> indicator.withWeight(Typed.amount(text))),
    /** The score a person sets by hand; blank leaves it to the rules. */
    SCORE(FormField.SCORE, indicator -> Amounts.write(indicator.manualScore()),
            (indicator, text) -> indicator.withManualScore(Typed.amount(text))),
    DEVIATION(FormField.DEVIATION, Indicator::deviation,
            (indicator, text) -> indicator.withDeviation(text.strip()));

    /** Typed text into an indicator; refuses what the column cannot hold. */
    @FunctionalInterface
    private interface Writer {
        Indicator write(Indicator indicator, String text) throws InvalidEntry;
    }

    private final FormField field;
    private final Function<Indicator, String> reader;
    private final Writer writer;

    IndicatorColumn(FormField field, Function<Indicator, String> reader, Writer writer) {
        this.field = field;
        this.reader = reader;
        this.writer = writer;
    }

    /** The column's heading as the given form prints it. */
    public Bilingual label(FormKind form) {
        return field.label(form);
    }

    /** Whether the column holds paragraphs (the deviation note): edited in the multi-line editor. */
    public boolean isMultiLine() {
        return field.isMultiLine();
    }

    String read(Indicator indicator) {
        return reader.apply(indicator);
    }

    Indicator write(Indicator indicator, String text) throws InvalidEntry {
        return writer.write(indicator, text);
    }
}
