package jixiao.tui.editing;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.StageField;

/**
 * The declaration's whole-project funding, on the left of its money block: 项目资金总额,
 * 其中：财政资金, 其他资金 (may be blank: many projects last one year).
 */
public enum WholeProjectField implements Cell {
    TOTAL(StageField.PROJECT_TOTAL),
    FISCAL(StageField.PROJECT_FISCAL),
    OTHER(StageField.PROJECT_OTHER);

    private final StageField field;

    WholeProjectField(StageField field) {
        this.field = field;
    }

    @Override
    public Bilingual label(FormKind form) {
        return field.label();
    }

    @Override
    public String read(FormEntry entry) {
        return Amounts.write(amount(entry.wholeProject()));
    }

    /** The amount as the paper prints it, {@code 4,099,271.00}. */
    public String printed(FormEntry entry) {
        return amount(entry.wholeProject()).map(Amounts::print).orElse("");
    }

    private Optional<BigDecimal> amount(WholeProjectFunding whole) {
        return switch (this) {
            case TOTAL -> whole.total();
            case FISCAL -> whole.fiscal();
            case OTHER -> whole.other();
        };
    }

    @Override
    public FormEntry write(FormEntry entry, String text) throws InvalidEntry {
        Optional<BigDecimal> typed = Typed.amount(text);
        WholeProjectFunding whole = entry.wholeProject();
        return entry.withWholeProject(switch (this) {
            case TOTAL -> whole.withTotal(typed);
            case FISCAL -> whole.withFiscal(typed);
            case OTHER -> whole.withOther(typed);
        });
    }
}
