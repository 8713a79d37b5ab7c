package jixiao.storage.sqlite;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import jixiao.domain.register.Revision;

/**
 * A row of {@code project}: a project-year's id, its rule set's id and its revision (not its key or
 * its cached results, which are the stages' to say: see {@link StageRow} and {@link SummaryRow}).
 */
record ProjectRow(long id, long ruleSetId, long revision, String savedAt, String savedBy) {

    static ProjectRow read(ResultSet rs) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getLong("rule_set_id"), rs.getLong("revision"),
                rs.getString("saved_at"), rs.getString("saved_by"));
    }

    Revision toRevision() {
        return new Revision(revision, Instant.parse(savedAt), savedBy);
    }

    /** Amounts are TEXT, so that 485.55 and 20.00 keep their decimals exactly. */
    static Optional<BigDecimal> amount(String text) {
        return Optional.ofNullable(text).map(BigDecimal::new);
    }

    static String text(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse(null);
    }
}
