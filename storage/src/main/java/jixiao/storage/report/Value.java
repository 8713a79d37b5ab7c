package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Printable;
import jixiao.domain.project.Amounts;
import jixiao.domain.scoring.Arithmetic;

/**
 * What a cell of a printed form holds. Figures keep their kind, so that a workbook stores them as
 * numbers with the paper's number format while HTML and text print the same digits.
 */
sealed interface Value {

    Value BLANK = new Text("");

    /** The value as the paper prints it. */
    String printed();

    /** The figure as a spreadsheet stores it (a rate as a fraction); empty for text. */
    default Optional<BigDecimal> number() {
        return Optional.empty();
    }

    /** The spreadsheet number format that prints {@link #number()} as {@link #printed()} does. */
    default String numberFormat() {
        return "@";
    }

    static Value text(String text) {
        return new Text(text);
    }

    /** Text typed into the form: kept as typed, never read as a number or a formula. */
    record Text(String text) implements Value {
        public Text {
            text = Printable.of(Objects.requireNonNull(text, "text"));
        }

        @Override
        public String printed() {
            return text;
        }
    }

    /** Money, with thousands separators and two decimals: {@code 4,099,271.00}. */
    record Money(BigDecimal amount) implements Value {
        public Money {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public String printed() {
            return Amounts.print(amount);
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.of(amount);
        }

        /** {@code #,##0.00}, with as many decimals as the printed amount has. */
        @Override
        public String numberFormat() {
            String printed = printed();
            return "#,##0." + "0".repeat(printed.length() - printed.indexOf('.') - 1);
        }
    }

    /** A rate in per cent, as the scorecard gives it: {@code 98.94} prints as {@code 98.94%}. */
    record Rate(BigDecimal percent) implements Value {
        public Rate {
            Objects.requireNonNull(percent, "percent");
        }

        @Override
        public String printed() {
            return percent.toPlainString() + "%";
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.of(percent.movePointLeft(2));
        }

        @Override
        public String numberFormat() {
            return "0." + "0".repeat(Math.max(0, percent.scale())) + "%";
        }
    }

    /** Weights, scores and totals: two decimals, as the forms print them. */
    record Points(BigDecimal points) implements Value {
        public Points {
            Objects.requireNonNull(points, "points");
        }

        @Override
        public String printed() {
            return Arithmetic.two(points);
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.of(Arithmetic.round(points));
        }

        @Override
        public String numberFormat() {
            return "0.00";
        }
    }

    /** A whole number: a row number, a count of indicators. */
    record Count(long count) implements Value {
        @Override
        public String printed() {
            return Long.toString(count);
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.of(BigDecimal.valueOf(count));
        }

        @Override
        public String numberFormat() {
            return "0";
        }
    }
}
