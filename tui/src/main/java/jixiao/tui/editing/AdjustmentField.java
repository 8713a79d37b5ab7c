package jixiao.tui.editing;

import java.time.LocalDate;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.stage.StageField;

/** What a target adjustment adds to the declaration's paper: 调整原因 and 批复日期 (a calendar date). */
public enum AdjustmentField implements Cell {
    REASON(StageField.REASON),
    APPROVED_ON(StageField.APPROVED_ON);

    private final StageField field;

    AdjustmentField(StageField field) {
        this.field = field;
    }

    @Override
    public Bilingual label(FormKind form) {
        return field.label();
    }

    @Override
    public boolean isMultiLine() {
        return this == REASON;
    }

    @Override
    public String read(FormEntry entry) {
        return this == REASON ? entry.adjustmentReason() : entry.approvedOn().map(LocalDate::toString).orElse("");
    }

    @Override
    public FormEntry write(FormEntry entry, String text) throws InvalidEntry {
        if (this == REASON) {
            return entry.withAdjustment(text.strip(), entry.approvedOn());
        }
        String date = Typed.date(text);
        return entry.withAdjustment(entry.adjustmentReason(), date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date)));
    }
}
