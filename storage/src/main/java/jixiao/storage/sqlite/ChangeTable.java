package jixiao.storage.sqlite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.Change;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import org.jdbi.v3.core.Handle;

/**
 * The {@code change} table: each change to a project-year, the stage it concerned, the whole year
 * before and after (in {@link AuditFormat#CURRENT}) and the rule sets it was scored under, written
 * in the same transaction as the change itself.
 */
final class ChangeTable {

    /** One change to record: a side is null where there is none (before an insert, after a delete). */
    record Entry(Change.Action action, long projectId, Optional<StageKind> stage, ProjectKey key, ProjectYear before,
            Long rulesBefore, ProjectYear after, Long rulesAfter, Bilingual note) {
    }

    static final Bilingual NO_NOTE = new Bilingual("", "");

    void record(Handle handle, Instant at, String user, Entry entry) {
        handle.createUpdate("INSERT INTO change (at, os_user, action, project_id, stage, project, format, before, after,"
                        + " rules_before, rules_after, note_zh, note_en) VALUES (:at, :user, :action, :id, :stage,"
                        + " :project, :format, :before, :after, :rules_before, :rules_after, :note_zh, :note_en)")
                .bind("at", at.toString()).bind("user", user)
                .bind("action", entry.action().name().toLowerCase(Locale.ROOT)).bind("id", entry.projectId())
                .bind("stage", entry.stage().map(StageKind::key).orElse(null))
                .bind("project", entry.key().toString()).bind("format", AuditFormat.CURRENT)
                .bind("before", entry.before() == null ? null : AuditFormat.write(entry.before()))
                .bind("after", entry.after() == null ? null : AuditFormat.write(entry.after()))
                .bind("rules_before", entry.rulesBefore()).bind("rules_after", entry.rulesAfter())
                .bind("note_zh", entry.note().zh()).bind("note_en", entry.note().en()).execute();
    }

    /**
     * A project's changes in order, its part of each import among them; {@code stored} is the project
     * as stored now (empty once deleted), what the last import of it left where nothing changed it since.
     */
    List<Change> history(Handle handle, long projectId, Supplier<Optional<ProjectYear>> stored) {
        List<ChangeRow> rows = handle.createQuery(ChangeRow.SELECT + " WHERE c.project_id = :id UNION ALL "
                        + ChangeRow.IMPORTED + " WHERE i.project_id = :id ORDER BY 1").bind("id", projectId)
                .map((rs, ctx) -> ChangeRow.read(rs)).list();
        List<Change> changes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ChangeRow row = rows.get(i);
            if (row.isImport()) {
                changes.add(row.imported(i + 1 < rows.size() ? rows.get(i + 1).was() : stored.get()));
            } else {
                changes.add(row.toDomain());
            }
        }
        return changes;
    }
}
