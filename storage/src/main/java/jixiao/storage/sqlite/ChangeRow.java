package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.register.Change;
import jixiao.domain.register.Snapshot;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/**
 * A row of {@code change}, with the names and hashes of its rule sets joined in; or one project's row
 * of an import's change ({@code imported}, {@link #IMPORTED}), with the import's own columns and the
 * project's before-image. {@code stage} is the stage the change concerned (null for the whole year,
 * and in rows written before schema 3); {@code format} says how {@code before} and {@code after} are
 * written (see {@link AuditFormat}); rows written before projects kept their rule set have none.
 */
record ChangeRow(long id, String at, String user, String action, long projectId, String stage, int format, String before,
        String after, String rulesBeforeName, String rulesBeforeHash, String rulesAfterName, String rulesAfterHash,
        String noteZh, String noteEn, String files) {

    static final String SELECT = "SELECT c.id, c.at, c.os_user, c.action, c.project_id, c.stage, c.format, c.before,"
            + " c.after, c.note_zh, c.note_en, c.files, rb.name AS rb_name, rb.hash AS rb_hash, ra.name AS ra_name,"
            + " ra.hash AS ra_hash FROM change c LEFT JOIN rule_set rb ON rb.id = c.rules_before"
            + " LEFT JOIN rule_set ra ON ra.id = c.rules_after";
    /** The same columns for the projects of imports: the after-image is no row's, see {@link #imported}. */
    static final String IMPORTED = "SELECT c.id, c.at, c.os_user, c.action, i.project_id, i.stage, c.format, i.before,"
            + " NULL, c.note_zh, c.note_en, c.files, rb.name, rb.hash, ra.name, ra.hash FROM imported i"
            + " JOIN change c ON c.id = i.change_id LEFT JOIN rule_set rb ON rb.id = i.rules_before"
            + " LEFT JOIN rule_set ra ON ra.id = i.rules_after";

    static ChangeRow read(ResultSet rs) throws SQLException {
        return new ChangeRow(rs.getLong("id"), rs.getString("at"), rs.getString("os_user"), rs.getString("action"),
                rs.getLong("project_id"), rs.getString("stage"), rs.getInt("format"), rs.getString("before"),
                rs.getString("after"), rs.getString("rb_name"), rs.getString("rb_hash"), rs.getString("ra_name"),
                rs.getString("ra_hash"), rs.getString("note_zh"), rs.getString("note_en"), rs.getString("files"));
    }

    boolean isImport() {
        return action.equals("import");
    }

    /** The year as the change found it; empty where there was none, or it cannot be read. */
    Optional<ProjectYear> was() {
        return AuditFormat.read(format, before);
    }

    /** The change; a snapshot this version cannot read is left out, and the note says so. */
    Change toDomain() {
        return toDomain(Change.Action.valueOf(action.toUpperCase(Locale.ROOT)), AuditFormat.read(format, after),
                noteZh.isEmpty() && noteEn.isEmpty() ? Optional.empty() : Optional.of(new Bilingual(noteZh, noteEn)));
    }

    /**
     * A year's part of an import: added (nothing before) or replaced, with the year as the import left
     * it, which is as its next change found it or, with none since, as it is stored ({@code after}).
     */
    Change imported(Optional<ProjectYear> after) {
        String named = String.join("; ", files == null ? List.of() : files.lines().toList());
        Bilingual note = new Bilingual("导入：" + named, "imported: " + named);
        return toDomain(before == null ? Change.Action.INSERT : Change.Action.UPDATE, after, Optional.of(note));
    }

    private Change toDomain(Change.Action done, Optional<ProjectYear> is, Optional<Bilingual> note) {
        Optional<ProjectYear> was = was();
        if ((before != null && was.isEmpty()) || (after != null && is.isEmpty())) {
            note = Optional.of(AuditFormat.unreadable(format));
        }
        return new Change(id, Instant.parse(at), user, done, projectId, Optional.ofNullable(stage).flatMap(StageKind::ofKey),
                was.map(year -> new Snapshot(year, label(rulesBeforeName, rulesBeforeHash))),
                is.map(year -> new Snapshot(year, label(rulesAfterName, rulesAfterHash))), note);
    }

    private static Optional<String> label(String name, String hash) {
        return Optional.ofNullable(name).map(known -> RuleSets.label(known, hash));
    }
}
