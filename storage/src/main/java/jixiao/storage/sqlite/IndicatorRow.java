package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.domain.project.Indicator;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.target.Actual;

/**
 * A row of {@code indicator}: one line of a stage's indicator table, at its position. On a monitoring
 * return {@code actual} is 1–M月实际完成值 (its form has no actual value of its own), and the row's
 * forecast, likelihood, causes, cause note and correction are the return's.
 */
record IndicatorRow(int position, String level1, String level2, String name, String target, String actual,
        String weight, String manualScore, String deviation, String forecast, String likelihood, String causes,
        String causeNote, String correction) {

    static IndicatorRow read(ResultSet rs) throws SQLException {
        return new IndicatorRow(rs.getInt("position"), rs.getString("level1"), rs.getString("level2"),
                rs.getString("name"), rs.getString("target"), rs.getString("actual"), rs.getString("weight"),
                rs.getString("manual_score"), rs.getString("deviation"), rs.getString("forecast"),
                rs.getString("likelihood"), rs.getString("causes"), rs.getString("cause_note"), rs.getString("correction"));
    }

    static IndicatorRow of(int position, Indicator indicator) {
        return new IndicatorRow(position, indicator.level1(), indicator.level2(), indicator.name(),
                indicator.target().text(), indicator.actual().text(), ProjectRow.text(indicator.weight()),
                ProjectRow.text(indicator.manualScore()), indicator.deviation(), "", null, "", "", "");
    }

    /** A monitoring return's row: the form's indicator beside what the return reports of it. */
    static IndicatorRow of(int position, Indicator indicator, IndicatorProgress progress) {
        return new IndicatorRow(position, indicator.level1(), indicator.level2(), indicator.name(),
                indicator.target().text(), progress.progress().text(), ProjectRow.text(indicator.weight()),
                ProjectRow.text(indicator.manualScore()), indicator.deviation(), progress.forecast().text(),
                progress.likelihood().map(Likelihood::name).orElse(null),
                progress.causes().stream().map(Cause::name).collect(Collectors.joining(",")),
                progress.causeNote(), progress.correction());
    }

    Indicator toDomain() {
        return Indicator.of(level1, level2, name, target, actual, ProjectRow.amount(weight).orElse(null),
                ProjectRow.amount(manualScore).orElse(null), deviation);
    }

    /** The form's indicator of a monitoring return's row, without the progress {@code actual} holds there. */
    Indicator toTarget() {
        return toDomain().withActual("");
    }

    IndicatorProgress toProgress() {
        Set<Cause> named = EnumSet.noneOf(Cause.class);
        if (!causes.isEmpty()) {
            Arrays.stream(causes.split(",")).map(Cause::valueOf).forEach(named::add);
        }
        return new IndicatorProgress(Actual.parse(actual), Actual.parse(forecast),
                Optional.ofNullable(likelihood).map(Likelihood::valueOf), named, causeNote, correction);
    }
}
