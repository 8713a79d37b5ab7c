package jixiao.tui.presentation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.domain.check.Review;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FormField;
import jixiao.domain.project.Project;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.tui.words.Words;

/**
 * Two rule sets side by side for the trainers: what each makes of an open project and of a sample
 * indicator, and every parameter of both with its meaning, a value that differs marked.
 *
 * <pre>
 *                          A national-2020        B national-2020 *
 * 本项目 总分 等级             99.32 优               89.40 良
 * 执行得分 / 得分不同的指标     9.32                   18.64      3 个
 * 示例指标得分                  2.00                   2.00
 * 示例：年度指标值         ≥360(个)
 * executionWeight          10                     20 ≠               预算执行率的分值
 * </pre>
 */
public final class RulesSheet {

    /** The sample indicator's inputs, the first rows of the table; the parameters follow. */
    public static final List<FormField> SAMPLE = List.of(FormField.TARGET, FormField.ACTUAL, FormField.WEIGHT);
    public static final List<Parameter> PARAMETERS = List.of(Parameter.values());

    private static final int LABEL = 24;
    private static final int VALUE = 16;

    private final Language language;
    private final int width;

    public RulesSheet(Language language, int width) {
        this.language = language;
        this.width = width;
    }

    /** The two sets' names over their columns; a set changed since it was loaded or saved ends in {@code *}. */
    public Line heading(RuleSet a, boolean aChanged, RuleSet b, boolean bChanged) {
        return Line.fitted(Columns.fit("", LABEL) + " " + Columns.fit("A " + a.name() + (aChanged ? " *" : ""), VALUE) + " "
                + "B " + b.name() + (bChanged ? " *" : ""), Tone.HEADING, width);
    }

    /** The open project's total and grade, execution score, and how many indicators score differently. */
    public List<Line> project(Review a, Review b) {
        Scorecard left = a.scorecard();
        Scorecard right = b.scorecard();
        int differ = 0;
        for (int i = 0; i < left.indicators().size(); i++) {
            if (!left.indicator(i).score().equals(right.indicator(i).score())) {
                differ++;
            }
        }
        return List.of(
                row(Words.PROJECT_TOTAL.in(language), total(left), total(right), Tone.HEADING),
                row(Words.EXECUTION_SCORE.in(language), execution(left), execution(right), Tone.NORMAL),
                row(Words.SCORES_DIFFER.in(language), "", String.format(Words.COUNT.in(language), differ),
                        differ > 0 ? Tone.WARNING : Tone.NORMAL));
    }

    /** The sample indicator's score under each set, then how the selected set reached it. */
    public List<Line> sample(IndicatorScore a, IndicatorScore b, IndicatorScore explained) {
        List<Line> lines = new ArrayList<>();
        lines.add(row(Words.SAMPLE_SCORE.in(language), orNone(Amounts.write(a.score())), orNone(Amounts.write(b.score())),
                Tone.HEADING));
        for (String step : explained.explanation().in(language)) {
            lines.addAll(Line.wrapped("  " + step, Tone.DIM, width));
        }
        return lines;
    }

    /**
     * The table: the sample's inputs (one cell across both sets), then each parameter's value in
     * A and in B and its meaning; a value that differs is marked, the cell under the cursor shown.
     */
    public List<Line> rows(Project sample, RuleSet a, RuleSet b, Viewport viewport, int selectedRow, int selectedColumn) {
        Map<Parameter, String> left = a.parameters();
        Map<Parameter, String> right = b.parameters();
        List<Line> lines = new ArrayList<>();
        int count = SAMPLE.size() + PARAMETERS.size();
        for (int row = viewport.top(); row < viewport.end(count); row++) {
            int cursor = row == selectedRow ? selectedColumn : -1;
            if (row < SAMPLE.size()) {
                FormField field = SAMPLE.get(row);
                lines.add(cells(Words.SAMPLE.in(language) + field.label().in(language),
                        List.of(sampleValue(sample, field)), VALUE * 2 + 1, cursor, "", Tone.NORMAL));
            } else {
                Parameter parameter = PARAMETERS.get(row - SAMPLE.size());
                boolean differs = !left.get(parameter).equals(right.get(parameter));
                lines.add(cells(parameter.key(), List.of(left.get(parameter), right.get(parameter) + (differs ? " ≠" : "")),
                        VALUE, cursor, parameter.meaning().in(language), differs ? Tone.WARNING : Tone.NORMAL));
            }
        }
        return lines;
    }

    /** The text of a sample input, as a field reads it. */
    public static String sampleValue(Project sample, FormField field) {
        var indicator = sample.indicators().get(0);
        return switch (field) {
            case TARGET -> indicator.target().text();
            case ACTUAL -> indicator.actual().text();
            default -> Amounts.write(indicator.weight());
        };
    }

    private Line cells(String label, List<String> values, int valueWidth, int cursor, String meaning, Tone tone) {
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Columns.fit(label, LABEL) + " ", cursor >= 0 ? Tone.SELECTED : Tone.HEADING));
        for (int i = 0; i < values.size(); i++) {
            parts.add(new Segment(Columns.fit(values.get(i), valueWidth), i == cursor ? Tone.CURSOR : cursor >= 0 ? Tone.SELECTED : tone));
            parts.add(new Segment(" ", cursor >= 0 ? Tone.SELECTED : Tone.NORMAL));
        }
        parts.add(new Segment(meaning, Tone.DIM));
        return Line.fitted(parts, width);
    }

    private Line row(String label, String a, String b, Tone tone) {
        return Line.fitted(Columns.fit(label, LABEL) + " " + Columns.fit(a, VALUE) + " " + Columns.fit(b, VALUE), tone, width);
    }

    private String total(Scorecard card) {
        return card.total().map(BigDecimal::toPlainString).orElse(Words.NOT_SCORED_SHORT.in(language)) + " "
                + card.grade().map(grade -> grade.label().in(language)).orElse("");
    }

    private static String execution(Scorecard card) {
        return card.execution().map(execution -> execution.score().toPlainString()).orElse("-");
    }

    private String orNone(String text) {
        return text.isBlank() ? Words.NONE.in(language) : text;
    }
}
