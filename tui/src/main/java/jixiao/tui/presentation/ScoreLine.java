package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.check.Review;
import jixiao.domain.language.Language;
import jixiao.domain.project.FormKind;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.tui.words.Words;

/**
 * The line that is always in view while editing: total, grade, execution, the sum of the weights
 * and the count of findings, e.g. {@code 总分 99.32  等级 优  执行率 93.19% 9.32  分值合计 100.00  错误 0  提醒 2}.
 */
public final class ScoreLine {

    private ScoreLine() {
    }

    public static Line of(Review review, boolean unsaved, Language language, int width) {
        Scorecard card = review.scorecard();
        List<Segment> parts = new ArrayList<>();
        if (card.total().isPresent()) {
            parts.add(new Segment(Words.TOTAL.in(language) + " " + card.total().get().toPlainString() + "  ", Tone.HEADING));
            parts.add(new Segment(Words.GRADE.in(language) + " "
                    + card.grade().map(grade -> grade.label().in(language)).orElse("-") + "  ", Tone.HEADING));
        } else {
            parts.add(new Segment(Words.NOT_SCORED.in(language) + "  ", Tone.DIM));
        }
        card.execution().ifPresent(execution -> parts.add(new Segment(execution(execution, language), Tone.NORMAL)));
        if (card.kind() == FormKind.SELF_EVALUATION) {
            parts.add(new Segment(Words.WEIGHTS.in(language) + " " + card.weightSum().toPlainString() + "  ", Tone.NORMAL));
        }
        parts.add(new Segment(Words.ERRORS.in(language) + " " + review.errors().size() + "  ",
                review.errors().isEmpty() ? Tone.NORMAL : Tone.ERROR));
        parts.add(new Segment(Words.WARNINGS.in(language) + " " + review.warnings().size() + "  ",
                review.warnings().isEmpty() ? Tone.NORMAL : Tone.WARNING));
        if (!review.mismatches().isEmpty()) {
            parts.add(new Segment(Words.MISMATCHES.in(language) + " " + review.mismatches().size() + "  ", Tone.ERROR));
        }
        if (unsaved) {
            parts.add(new Segment("*" + Words.UNSAVED.in(language), Tone.WARNING));
        }
        return Line.fitted(parts, width);
    }

    private static String execution(ExecutionScore execution, Language language) {
        return Words.EXECUTION.in(language) + " " + rate(execution) + " " + execution.score().toPlainString() + "  ";
    }

    /** The execution rate as the forms print it, {@code 93.19%}; {@code -} when nothing was budgeted. */
    static String rate(ExecutionScore execution) {
        return execution.rate().map(rate -> rate.toPlainString() + "%").orElse("-");
    }
}
