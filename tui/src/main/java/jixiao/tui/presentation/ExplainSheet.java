package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Review;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Language;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FormField;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Flag;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.tui.words.Words;

/**
 * One indicator's score in words, as the scoring engine explained it: the rule, each step with
 * the real numbers, the rules' score, the score set by hand, the flags, the deviation note, and
 * the findings about it (a score below full marks without a note is an error here).
 */
public final class ExplainSheet {

    private ExplainSheet() {
    }

    public static List<Line> of(Project project, Review review, int index, Language language, int width) {
        Indicator indicator = project.indicators().get(index);
        IndicatorScore score = review.scorecard().indicator(index);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted((index + 1) + ". " + indicator.level1() + " / " + indicator.level2() + " / "
                + indicator.name(), Tone.HEADING, width));
        lines.addAll(Line.wrapped(Words.TARGET.in(language) + " " + indicator.target().text() + "    "
                + Words.ACTUAL.in(language) + " " + indicator.actual().text() + "    "
                + Words.WEIGHT.in(language) + " " + Amounts.write(indicator.weight()), Tone.NORMAL, width));
        lines.add(Line.fitted("", Tone.NORMAL, width));
        lines.addAll(score(score, language, width));
        lines.add(Line.fitted("", Tone.NORMAL, width));
        lines.addAll(Line.wrapped(FormField.DEVIATION.label().in(language) + ": "
                + orNone(indicator.deviation(), language), Tone.NORMAL, width));
        for (Finding finding : review.about(index)) {
            lines.addAll(Line.wrapped(finding.severity().label().in(language) + " " + finding.kind().in(language) + ": "
                    + finding.message().in(language),
                    finding.severity() == Severity.WARNING ? Tone.WARNING : Tone.ERROR, width));
        }
        return lines;
    }

    /**
     * How one score comes about: each step of the explanation, then the rules' score, the score set
     * by hand and the one that counts, then the flags. The trainers' rules screen shows the same.
     */
    public static List<Line> score(IndicatorScore score, Language language, int width) {
        List<Line> lines = new ArrayList<>();
        for (String step : score.explanation().in(language)) {
            lines.addAll(Line.wrapped("  " + step, Tone.NORMAL, width));
        }
        lines.add(Line.fitted("", Tone.NORMAL, width));
        lines.add(Line.fitted(Words.SUGGESTED.in(language) + " " + orNone(Amounts.write(score.suggested()), language)
                + "    " + Words.MANUAL.in(language) + " " + orNone(Amounts.write(score.manual()), language)
                + "    " + Words.SCORE.in(language) + " " + orNone(Amounts.write(score.score()), language)
                + "    (" + score.status().label().in(language) + ")", Tone.HEADING, width));
        for (Flag flag : score.flags()) {
            lines.addAll(Line.wrapped(Words.FLAGS.in(language) + ": " + flag.meaning().in(language), Tone.WARNING, width));
        }
        return lines;
    }

    private static String orNone(String text, Language language) {
        return text.isBlank() ? Words.NONE.in(language) : text;
    }
}
