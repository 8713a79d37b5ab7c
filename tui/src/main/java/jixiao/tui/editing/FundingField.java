package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.tui.words.Words;

/** One amount of the funding table: a funding line (total, fiscal, …) in one column (initial, adjusted, executed). */
public record FundingField(FundingSource source, FundingColumn column) implements Field {

    /**
     * The funding line's label as the form prints it: the declaration asks for 年度资金申请总额 (the
     * amount that becomes the 年初预算数), the self-evaluation reports 年度资金总额; both print
     * 其中：当年财政拨款 under it.
     */
    public static Bilingual lineLabel(FundingSource source, FormKind form) {
        if (source == FundingSource.TOTAL && form == FormKind.DECLARATION) {
            return Words.APPLIED_TOTAL;
        }
        return source == FundingSource.FISCAL ? Words.FISCAL_LINE : source.label();
    }

    @Override
    public Bilingual label(FormKind form) {
        Bilingual line = lineLabel(source, form);
        if (form == FormKind.DECLARATION) {
            return line;
        }
        return Words.format(Words.LINE_AND_COLUMN, line, column.label());
    }

    @Override
    public String read(Project project) {
        return Amounts.write(project.funding().line(source).get(column));
    }

    /** The amount as the paper prints it, {@code 4,099,271.00}; {@link #read} gives it as typed for editing. */
    public String printed(Project project) {
        return project.funding().line(source).get(column).map(Amounts::print).orElse("");
    }

    @Override
    public Project write(Project project, String text) throws InvalidEntry {
        Funding funding = project.funding();
        return project.withFunding(funding.with(source, funding.line(source).with(column, Typed.amount(text))));
    }
}
