package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import jixiao.domain.monitoring.Light;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Revision;
import jixiao.domain.scoring.Grade;
import jixiao.domain.stage.StageKind;

/** What the project list reads of a {@code project} row: who and what, the stage reached, and its cached results. */
record SummaryRow(long id, int year, String unit, String name, String code, String stage, String light, String total,
        String grade, int errors, int warnings, int indicatorCount, long revision, String savedAt, String savedBy) {

    static final String COLUMNS = "id, year, unit, name, code, stage, light, total, grade, errors, warnings,"
            + " indicator_count, revision, saved_at, saved_by";

    static SummaryRow read(ResultSet rs) throws SQLException {
        return new SummaryRow(rs.getLong("id"), rs.getInt("year"), rs.getString("unit"), rs.getString("name"),
                rs.getString("code"), rs.getString("stage"), rs.getString("light"), rs.getString("total"),
                rs.getString("grade"), rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("indicator_count"),
                rs.getLong("revision"), rs.getString("saved_at"), rs.getString("saved_by"));
    }

    ProjectSummary toDomain() {
        return new ProjectSummary(id, new ProjectKey(year, unit, name, code), StageKind.ofKey(stage).orElseThrow(),
                light(light), ProjectRow.amount(total), Optional.ofNullable(grade).map(Grade::valueOf), errors, warnings,
                indicatorCount, new Revision(revision, Instant.parse(savedAt), savedBy));
    }

    /** A light as {@code light} stores it: its key ({@code red}). */
    static Optional<Light> light(String key) {
        return Arrays.stream(Light.values()).filter(light -> light.key().equals(key)).findFirst();
    }
}
