package jixiao.tui.editing;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingSource;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.StageField;
import jixiao.tui.words.Words;

/**
 * A funding line's progress on a monitoring return: 1–M月执行数, or 全年预计执行数 when {@code forecast}.
 * The return's paper names its lines as the self-evaluation does (年度资金总额, 其中：当年财政拨款 …).
 */
public record SpendingField(FundingSource source, boolean forecast) implements ReturnField {

    @Override
    public Bilingual label(MonitoringReturn form) {
        StageField field = forecast ? StageField.EXPECTED_SPENDING : StageField.EXECUTED_TO_MONTH;
        return Words.format(Words.LINE_AND_COLUMN, FundingField.lineLabel(source, FormKind.SELF_EVALUATION), field.label(form));
    }

    @Override
    public String read(MonitoringReturn form) {
        return Amounts.write(amount(form));
    }

    /** The amount as the paper prints it, {@code 4,099,271.00}. */
    public String printed(MonitoringReturn form) {
        return amount(form).map(Amounts::print).orElse("");
    }

    private Optional<BigDecimal> amount(MonitoringReturn form) {
        FundingProgress line = form.funding(source);
        return forecast ? line.forecast() : line.executed();
    }

    @Override
    public MonitoringReturn write(MonitoringReturn form, String text) throws InvalidEntry {
        Optional<BigDecimal> typed = Typed.amount(text);
        FundingProgress line = form.funding(source);
        return form.withFunding(source, forecast ? line.withForecast(typed) : line.withExecuted(typed));
    }
}
