package jixiao.storage.sqlite;

import java.util.LinkedHashSet;
import java.util.Set;
import jixiao.domain.target.Actual;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Schema 3: a project-year holds its stages ({@code V3__stages.sql}). Each stored project was one
 * form, and becomes the stage its data shows: a self-evaluation once it has an executed amount or
 * an actual value (as {@code Project#kind()} decides, whose reading of a blank actual is the
 * domain's), else a declaration. Its history stays with the year: its records hold that one form.
 *
 * The SQL here is this step's own, written against schemas 2 and 3; later steps must not change it.
 */
final class StageMigration implements Migration {

    @Override
    public void apply(Handle handle, Upgrade upgrade) {
        Set<Long> evaluated = selfEvaluations(handle);
        new Script("V3__stages.sql").apply(handle, upgrade);
        PreparedBatch stages = handle.prepareBatch("UPDATE stage SET kind = 'self-evaluation' WHERE project_id = :id");
        PreparedBatch projects = handle.prepareBatch("UPDATE project SET stage = 'self-evaluation' WHERE id = :id");
        for (long id : evaluated) {
            stages.bind("id", id).add();
            projects.bind("id", id).add();
        }
        if (!evaluated.isEmpty()) {
            stages.execute();
            projects.execute();
        }
    }

    /** The schema-2 projects with an executed amount or an actual value. */
    private static Set<Long> selfEvaluations(Handle handle) {
        Set<Long> ids = new LinkedHashSet<>(handle.createQuery(
                "SELECT DISTINCT project_id FROM funding_line WHERE executed IS NOT NULL").mapTo(Long.class).list());
        handle.createQuery("SELECT project_id, actual FROM indicator WHERE actual <> ''")
                .map((rs, ctx) -> Actual.parse(rs.getString("actual")) instanceof Actual.Missing ? null : rs.getLong("project_id"))
                .forEach(id -> {
                    if (id != null) {
                        ids.add(id);
                    }
                });
        return ids;
    }
}
