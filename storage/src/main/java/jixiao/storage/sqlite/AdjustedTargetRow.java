package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import jixiao.domain.stage.TargetChange;

/** A row of {@code adjusted_target}: a row an adjustment changes (from 0, as the indicator table counts), and its target. */
record AdjustedTargetRow(int position, String target) {

    static AdjustedTargetRow read(ResultSet rs) throws SQLException {
        return new AdjustedTargetRow(rs.getInt("position"), rs.getString("target"));
    }

    static AdjustedTargetRow of(TargetChange change) {
        return new AdjustedTargetRow(change.index(), change.target().text());
    }
}
