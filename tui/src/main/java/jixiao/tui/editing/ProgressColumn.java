package jixiao.tui.editing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.StageField;
import jixiao.tui.words.Words;

/**
 * The columns an indicator's row of a monitoring return adds to its target, in the paper's order:
 * 1–M月实际完成值, 全年预计完成值, 完成目标可能性, 偏差原因, 原因说明, 纠偏措施. The likelihood and the
 * causes are picked from the paper's lists: by their words (Chinese or English) or by their number.
 */
public enum ProgressColumn {
    PROGRESS(StageField.PROGRESS),
    FORECAST(StageField.FORECAST),
    LIKELIHOOD(StageField.LIKELIHOOD),
    CAUSES(StageField.CAUSES),
    CAUSE_NOTE(StageField.CAUSE_NOTE),
    CORRECTION(StageField.CORRECTION);

    private static final String SEPARATOR = "、";

    private final StageField field;

    ProgressColumn(StageField field) {
        this.field = field;
    }

    public StageField field() {
        return field;
    }

    public boolean isMultiLine() {
        return this == CAUSE_NOTE || this == CORRECTION;
    }

    String read(IndicatorProgress row) {
        return switch (this) {
            case PROGRESS -> row.progress().text();
            case FORECAST -> row.forecast().text();
            case LIKELIHOOD -> row.likelihood().map(likelihood -> likelihood.words().zh()).orElse("");
            case CAUSES -> row.causes().stream().map(cause -> cause.words().zh()).collect(Collectors.joining(SEPARATOR));
            case CAUSE_NOTE -> row.causeNote();
            case CORRECTION -> row.correction();
        };
    }

    IndicatorProgress write(IndicatorProgress row, String text) throws InvalidEntry {
        return switch (this) {
            case PROGRESS -> row.withProgress(text.strip());
            case FORECAST -> row.withForecast(text.strip());
            case LIKELIHOOD -> row.withLikelihood(likelihood(text));
            case CAUSES -> row.withCauses(causes(text));
            case CAUSE_NOTE -> row.withCauseNote(text.strip());
            case CORRECTION -> row.withCorrection(text.strip());
        };
    }

    /** 确定能, 有可能, 完全不可能 (or certain, possible, impossible), or 1, 2, 3 in that order; blank is none. */
    static Optional<Likelihood> likelihood(String text) throws InvalidEntry {
        String folded = HalfWidth.of(text).strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Optional<Likelihood> picked = numbered(folded, Likelihood.values()).or(() -> Likelihood.of(folded));
        if (picked.isEmpty()) {
            throw new InvalidEntry(Words.format(Words.NOT_A_LIKELIHOOD, folded));
        }
        return picked;
    }

    /** Causes by their words or numbers (1 经费保障 … 5 其他), apart by commas, 、 or spaces; blank is none. */
    static Set<Cause> causes(String text) throws InvalidEntry {
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        for (String word : HalfWidth.of(text).strip().split("[,，、;；\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<Cause> cause = numbered(word, Cause.values()).or(() -> Cause.of(word));
            if (cause.isEmpty()) {
                throw new InvalidEntry(Words.format(Words.NOT_A_CAUSE, word));
            }
            causes.add(cause.get());
        }
        return causes;
    }

    private static <T> Optional<T> numbered(String text, T[] choices) {
        if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) < '1' + choices.length) {
            return Optional.of(choices[text.charAt(0) - '1']);
        }
        return Optional.empty();
    }
}
