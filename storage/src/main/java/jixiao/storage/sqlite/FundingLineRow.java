package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;

/** A row of {@code funding_line}: one source's initial, adjusted and executed amounts. */
record FundingLineRow(String source, String initial, String adjusted, String executed) {

    static FundingLineRow read(ResultSet rs) throws SQLException {
        return new FundingLineRow(rs.getString("source"), rs.getString("initial"), rs.getString("adjusted"),
                rs.getString("executed"));
    }

    static FundingLineRow of(FundingSource source, FundingLine line) {
        return new FundingLineRow(source.name().toLowerCase(Locale.ROOT), ProjectRow.text(line.initial()),
                ProjectRow.text(line.adjusted()), ProjectRow.text(line.executed()));
    }

    FundingSource toSource() {
        return FundingSource.valueOf(source.toUpperCase(Locale.ROOT));
    }

    FundingLine toDomain() {
        return new FundingLine(ProjectRow.amount(initial), ProjectRow.amount(adjusted), ProjectRow.amount(executed));
    }
}
