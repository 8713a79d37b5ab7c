package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import jixiao.domain.project.Indicator;

/** A row of {@code indicator}: one line of the form's indicator table, at its position. */
record IndicatorRow(int position, String level1, String level2, String name, String target, String actual,
        String weight, String manualScore, String deviation) {

    static IndicatorRow read(ResultSet rs) throws SQLException {
        return new IndicatorRow(rs.getInt("position"), rs.getString("level1"), rs.getString("level2"),
                rs.getString("name"), rs.getString("target"), rs.getString("actual"), rs.getString("weight"),
                rs.getString("manual_score"), rs.getString("deviation"));
    }

    static IndicatorRow of(int position, Indicator indicator) {
        return new IndicatorRow(position, indicator.level1(), indicator.level2(), indicator.name(),
                indicator.target().text(), indicator.actual().text(), ProjectRow.text(indicator.weight()),
                ProjectRow.text(indicator.manualScore()), indicator.deviation());
    }

    Indicator toDomain() {
        return Indicator.of(level1, level2, name, target, actual, ProjectRow.amount(weight).orElse(null),
                ProjectRow.amount(manualScore).orElse(null), deviation);
    }
}
