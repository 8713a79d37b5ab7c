package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.register.Change;
import jixiao.domain.register.Snapshot;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/**
 * A row of {@code change}, with the names and hashes of its rule sets joined in. {@code stage} is the
 * stage the change concerned (null for the whole year, and in rows written before schema 3);
 * {@code format} says how {@code before} and {@code after} are written (see {@link AuditFormat});
 * rows written before projects kept their rule set have none.
 */
record ChangeRow(long id, String at, String user, String action, long projectId, String stage, int format, String before,
        String after, String rulesBeforeName, String rulesBeforeHash, String rulesAfterName, String rulesAfterHash,
        String noteZh, String noteEn) {

    static final String SELECT = "SELECT c.*, rb.name AS rb_name, rb.hash AS rb_hash, ra.name AS ra_name,"
            + " ra.hash AS ra_hash FROM change c LEFT JOIN rule_set rb ON rb.id = c.rules_before"
            + " LEFT JOIN rule_set ra ON ra.id = c.rules_after";

    static ChangeRow read(ResultSet rs) throws SQLException {
        return new ChangeRow(rs.getLong("id"), rs.getString("at"), rs.getString("os_user"), rs.getString("action"),
                rs.getLong("project_id"), rs.getString("stage"), rs.getInt("format"), rs.getString("before"), rs.getString("after"),
                rs.getString("rb_name"), rs.getString("rb_hash"), rs.getString("ra_name"), rs.getString("ra_hash"),
                rs.getString("note_zh"), rs.getString("note_en"));
    }

    /** The change; a snapshot this version cannot read is left out, and the note says so. */
    Change toDomain() {
        Optional<ProjectYear> was = AuditFormat.read(format, before);
        Optional<ProjectYear> is = AuditFormat.read(format, after);
        Optional<Bilingual> note = noteZh.isEmpty() && noteEn.isEmpty() ? Optional.empty()
                : Optional.of(new Bilingual(noteZh, noteEn));
        if ((before != null && was.isEmpty()) || (after != null && is.isEmpty())) {
            note = Optional.of(AuditFormat.unreadable(format));
        }
        return new Change(id, Instant.parse(at), user, Change.Action.valueOf(action.toUpperCase(Locale.ROOT)),
                projectId, Optional.ofNullable(stage).flatMap(StageKind::ofKey),
                was.map(year -> new Snapshot(year, label(rulesBeforeName, rulesBeforeHash))),
                is.map(year -> new Snapshot(year, label(rulesAfterName, rulesAfterHash))), note);
    }

    private static Optional<String> label(String name, String hash) {
        return Optional.ofNullable(name).map(known -> RuleSets.label(known, hash));
    }
}
