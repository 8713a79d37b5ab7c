package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.Indicator;
import jixiao.domain.trend.Trend;
import jixiao.domain.trend.TrendIndicator;
import jixiao.domain.trend.TrendYear;
import jixiao.tui.words.Words;

/**
 * The same project over the years side by side, oldest first: how each year was found, the
 * funding, the execution rate, the total and the grade, then each indicator's target → actual
 * value year by year. The latest years are kept where the screen is too narrow for all of them.
 *
 * <pre>
 * 年度                  2023            2024            2025
 * 匹配方式              单位与项目名称…  单位与项目名称…  本项目
 * 年初预算数（万元）      120.00          127.00          130.00
 * …
 * 总分                   97.10           99.32               —
 * 审计项目数            ≥18(个) → 18(…  ≥20(个) → 20(…  ≥20(个)
 * </pre>
 */
public final class TrendSheet {

    private static final int LABEL = 20;
    private static final int MIN_CELL = 16;
    private static final String NONE = "—";

    private final Language language;
    private final int width;

    public TrendSheet(Language language, int width) {
        this.language = language;
        this.width = width;
    }

    public List<Line> lines(Trend trend) {
        List<TrendYear> years = shownYears(trend.years());
        int cell = years.isEmpty() ? MIN_CELL : Math.max(MIN_CELL, (width - LABEL) / years.size() - 1);
        String money = trend.moneyUnit().map(unit -> "（" + unit + "）").orElse("");
        List<Line> lines = new ArrayList<>();
        lines.add(row(Words.YEAR.in(language), years, cell, year -> String.valueOf(year.year()), Tone.HEADING));
        lines.add(row(Words.MATCHED_BY.in(language), years, cell, year -> year.matchedBy().label().in(language), Tone.DIM));
        for (FundingColumn column : FundingColumn.values()) {
            lines.add(row(column.label().in(language) + money, years, cell,
                    year -> year.funding().get(column).map(Amounts::print).orElse(NONE), Tone.NORMAL));
        }
        lines.add(row(Words.EXECUTION.in(language), years, cell,
                year -> year.executionRate().map(rate -> rate.toPlainString() + "%").orElse(NONE), Tone.NORMAL));
        lines.add(row(Words.TOTAL.in(language), years, cell,
                year -> year.total().map(total -> total.toPlainString()).orElse(NONE), Tone.HEADING));
        lines.add(row(Words.GRADE.in(language), years, cell,
                year -> year.grade().map(grade -> grade.label().in(language)).orElse(NONE), Tone.HEADING));
        lines.add(Line.fitted("", Tone.NORMAL, width));
        lines.add(Line.fitted(Words.TREND_INDICATORS.in(language), Tone.HEADING, width));
        for (TrendIndicator indicator : trend.indicators()) {
            lines.add(row(indicator.name(), years, cell,
                    year -> indicator.in(year.year()).map(TrendSheet::targetAndActual).orElse(NONE), Tone.NORMAL));
        }
        return lines;
    }

    /** The latest years that fit beside the labels, oldest first. */
    private List<TrendYear> shownYears(List<TrendYear> years) {
        int fit = Math.max(1, (width - LABEL) / (MIN_CELL + 1));
        return years.subList(Math.max(0, years.size() - fit), years.size());
    }

    private static String targetAndActual(Indicator indicator) {
        String actual = indicator.actual().text();
        return indicator.target().text() + (actual.isBlank() ? "" : " → " + actual);
    }

    private Line row(String label, List<TrendYear> years, int cell, Function<TrendYear, String> value, Tone tone) {
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Columns.fit(label, LABEL), Tone.HEADING));
        for (TrendYear year : years) {
            parts.add(new Segment(" " + Columns.fit(value.apply(year), cell), tone));
        }
        return Line.fitted(parts, width);
    }
}
