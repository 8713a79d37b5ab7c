package jixiao.tui.editing;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.StageField;
import jixiao.tui.words.Words;

/** The return's own text fields: the cause of the budget's deviation and the project-level conclusion. */
public enum ConclusionField implements ReturnField {
    BUDGET_CAUSE(StageField.BUDGET_CAUSE),
    SUMMARY(StageField.SUMMARY),
    RECTIFY(StageField.RECTIFY),
    RECTIFY_NOTE(StageField.RECTIFY_NOTE);

    private final StageField field;

    ConclusionField(StageField field) {
        this.field = field;
    }

    @Override
    public Bilingual label(MonitoringReturn form) {
        return field.label();
    }

    @Override
    public boolean isMultiLine() {
        return this != RECTIFY;
    }

    @Override
    public String read(MonitoringReturn form) {
        return switch (this) {
            case BUDGET_CAUSE -> form.budgetCause();
            case SUMMARY -> form.conclusion().summary();
            case RECTIFY -> form.conclusion().rectify().map(yes -> (yes ? Words.YES : Words.NO).zh()).orElse("");
            case RECTIFY_NOTE -> form.conclusion().rectifyNote();
        };
    }

    @Override
    public MonitoringReturn write(MonitoringReturn form, String text) throws InvalidEntry {
        return switch (this) {
            case BUDGET_CAUSE -> form.withBudgetCause(text.strip());
            case SUMMARY -> form.withConclusion(form.conclusion().withSummary(text.strip()));
            case RECTIFY -> form.withConclusion(form.conclusion().withRectify(yesOrNo(text)));
            case RECTIFY_NOTE -> form.withConclusion(form.conclusion().withRectifyNote(text.strip()));
        };
    }

    /** 是/否, yes/no, y/n; blank is not answered yet. */
    private static Optional<Boolean> yesOrNo(String text) throws InvalidEntry {
        String folded = HalfWidth.of(text).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (folded) {
            case "" -> Optional.empty();
            case "是", "yes", "y" -> Optional.of(true);
            case "否", "no", "n" -> Optional.of(false);
            default -> throw new InvalidEntry(Words.format(Words.NOT_YES_NO, text.strip()));
        };
    }
}
