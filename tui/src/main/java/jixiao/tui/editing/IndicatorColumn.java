package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Indicator;

/** The editable parts of an indicator row, in the order of the paper form. */
public enum IndicatorColumn {
    LEVEL1(new Bilingual("一级指标", "Level 1")) {
        @Override
        String read(Indicator indicator) {
            return indicator.level1();
        }

        @Override
        Indicator write(Indicator indicator, String text) {
            return indicator.withNames(text.strip(), indicator.level2(), indicator.name());
        }
    },
    LEVEL2(new Bilingual("二级指标", "Level 2")) {
        @Override
        String read(Indicator indicator) {
            return indicator.level2();
        }

        @Override
        Indicator write(Indicator indicator, String text) {
            return indicator.withNames(indicator.level1(), text.strip(), indicator.name());
        }
    },
    NAME(new Bilingual("三级指标", "Indicator")) {
        @Override
        String read(Indicator indicator) {
            return indicator.name();
        }

        @Override
        Indicator write(Indicator indicator, String text) {
            return indicator.withNames(indicator.level1(), indicator.level2(), text.strip());
        }
    },
    TARGET(new Bilingual("年度指标值", "Target")) {
        @Override
        String read(Indicator indicator) {
            return indicator.target().text();
        }

        @Override
        Indicator write(Indicator indicator, String text) {
            return indicator.withTarget(text);
        }
    },
    ACTUAL(new Bilingual("实际完成值", "Actual")) {
        @Override
        String read(Indicator indicator) {
            return indicator.actual().text();
        }

        @Override
        Indicator write(Indicator indicator, String text) {
            return indicator.withActual(text);
        }
    },
    WEIGHT(new Bilingual("分值", "Weight")) {
        @Override
        String read(Indicator indicator) {
            return Amounts.write(indicator.weight());
        }

        @Override
        Indicator write(Indicator indicator, String text) throws InvalidEntry {
            return indicator.withWeight(Typed.amount(text));
        }
    },
    /** The score a person sets by hand; blank leaves it to the rules. */
    SCORE(new Bilingual("得分", "Score")) {
        @Override
        String read(Indicator indicator) {
            return Amounts.write(indicator.manualScore());
        }

        @Override
        Indicator write(Indicator indicator, String text) throws InvalidEntry {
            return indicator.withManualScore(Typed.amount(text));
        }
    },
    DEVIATION(new Bilingual("偏差原因分析及改进措施", "Deviation note")) {
        @Override
        String read(Indicator indicator) {
            return indicator.deviation();
        }

        @Override
        Indicator write(Indicator indicator, String text) {
            return indicator.withDeviation(text.strip());
        }
    };

    private final Bilingual label;

    IndicatorColumn(Bilingual label) {
        this.label = label;
    }

    public Bilingual label() {
        return label;
    }

    /** Whether the rules score the indicator on this column's value. */
    public boolean isScored() {
        return this == TARGET || this == ACTUAL || this == WEIGHT;
    }

    abstract String read(Indicator indicator);

    abstract Indicator write(Indicator indicator, String text) throws InvalidEntry;
}
