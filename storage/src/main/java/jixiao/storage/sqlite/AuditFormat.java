package jixiao.storage.sqlite;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.storage.exchange.JsonWriter;

/**
 * How the audit history writes a project into a change record, and reads every way it ever
 * wrote one. Each record carries its format number, so a snapshot written today still reads after
 * the exchange format moves on: old formats have their own lenient readers, never today's strict
 * import reader.
 *
 * <ul>
 *   <li>1 — a project object of the exchange format {@code jixiao/1}, on one line (version 0.1 on).</li>
 *   <li>2 — an import's entry ({@link ImportEntry}): the change names the import's files; each project's
 *       before-image, for the projects it replaced, is in {@code imported}, written as format 1, and its
 *       after-image is its next change's before-image, or the project as stored.</li>
 * </ul>
 */
final class AuditFormat {

    /** The format written today: the exchange format's project object, {@link JsonWriter#FORMAT}. */
    static final int CURRENT = 1;
    /** An import's entry. */
    static final int IMPORT = 2;

    private static final JsonWriter WRITER = new JsonWriter();

    private AuditFormat() {
    }

    static String write(Project project) {
        return WRITER.line(project);
    }

    /** The project a record holds; empty when there is none, or it cannot be read. */
    static Optional<Project> read(int format, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return format == 1 || format == IMPORT ? SnapshotFormat1.read(text) : Optional.empty();
    }

    static Bilingual unreadable(int format) {
        return new Bilingual("这条记录的项目内容（格式 " + format + "）本版本无法读取",
                "this record's project (audit format " + format + ") cannot be read by this version");
    }
}
