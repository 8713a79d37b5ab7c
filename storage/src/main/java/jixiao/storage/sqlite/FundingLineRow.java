package jixiao.storage.sqlite;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.stage.FundingProgress;

/**
 * A row of {@code funding_line}: one source's amounts on a stage's form. On a monitoring return
 * {@code executed} is 1–M月执行数 and {@code forecast} 全年预计执行数 (its form spends nothing of its
 * own); on an adjustment only {@code adjusted} is set: the budget it changes.
 */
record FundingLineRow(String source, String initial, String adjusted, String executed, String forecast) {

    static FundingLineRow read(ResultSet rs) throws SQLException {
        return new FundingLineRow(rs.getString("source"), rs.getString("initial"), rs.getString("adjusted"),
                rs.getString("executed"), rs.getString("forecast"));
    }

    static FundingLineRow of(FundingSource source, FundingLine line) {
        return new FundingLineRow(key(source), ProjectRow.text(line.initial()), ProjectRow.text(line.adjusted()),
                ProjectRow.text(line.executed()), null);
    }

    /** A monitoring return's line: its form's budgets beside the money spent to the month and expected. */
    static FundingLineRow of(FundingSource source, FundingLine line, FundingProgress progress) {
        return new FundingLineRow(key(source), ProjectRow.text(line.initial()), ProjectRow.text(line.adjusted()),
                ProjectRow.text(progress.executed()), ProjectRow.text(progress.forecast()));
    }

    /** An adjustment's line: the 调整预算数 it sets. */
    static FundingLineRow budget(FundingSource source, BigDecimal amount) {
        return new FundingLineRow(key(source), null, amount.toPlainString(), null, null);
    }

    boolean isEmpty() {
        return initial == null && adjusted == null && executed == null && forecast == null;
    }

    FundingSource toSource() {
        return FundingSource.valueOf(source.toUpperCase(Locale.ROOT));
    }

    FundingLine toDomain() {
        return new FundingLine(ProjectRow.amount(initial), ProjectRow.amount(adjusted), ProjectRow.amount(executed));
    }

    /** The form's budgets of a monitoring return's line, without what it reports. */
    FundingLine toBudgets() {
        return new FundingLine(ProjectRow.amount(initial), ProjectRow.amount(adjusted), Optional.empty());
    }

    FundingProgress toProgress() {
        return new FundingProgress(ProjectRow.amount(executed), ProjectRow.amount(forecast));
    }

    private static String key(FundingSource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }
}
