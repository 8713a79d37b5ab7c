package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Revision;
import jixiao.domain.scoring.Grade;

/** What the project list reads of a {@code project} row: who and what, and its cached scores. */
record SummaryRow(long id, int year, String unit, String name, String code, String kind, String total,
        String grade, int errors, int warnings, int indicatorCount, long revision, String savedAt, String savedBy) {

    static final String COLUMNS = "id, year, unit, name, code, kind, total, grade, errors, warnings,"
            + " indicator_count, revision, saved_at, saved_by";

    static SummaryRow read(ResultSet rs) throws SQLException {
        return new SummaryRow(rs.getLong("id"), rs.getInt("year"), rs.getString("unit"), rs.getString("name"),
                rs.getString("code"), rs.getString("kind"), rs.getString("total"), rs.getString("grade"),
                rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("indicator_count"), rs.getLong("revision"),
                rs.getString("saved_at"), rs.getString("saved_by"));
    }

    ProjectSummary toDomain() {
        return new ProjectSummary(id, new ProjectKey(year, unit, name, code), FormKind.valueOf(kind),
                ProjectRow.amount(total), Optional.ofNullable(grade).map(Grade::valueOf), errors, warnings,
                indicatorCount, new Revision(revision, Instant.parse(savedAt), savedBy));
    }
}
