package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;

/** One amount of the funding table: a funding line (total, fiscal, …) in one column (initial, adjusted, executed). */
public record FundingField(FundingSource source, FundingColumn column) implements Field {

    @Override
    public Bilingual label() {
        Bilingual line = source.label();
        Bilingual amount = column.label();
        return new Bilingual(line.zh() + " " + amount.zh(), line.en() + " " + amount.en());
    }

    @Override
    public String read(Project project) {
        return Amounts.write(project.funding().line(source).get(column));
    }

    @Override
    public Project write(Project project, String text) throws InvalidEntry {
        Funding funding = project.funding();
        return project.withFunding(funding.with(source, funding.line(source).with(column, Typed.amount(text))));
    }
}
