package jixiao.storage.sqlite;

import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.ProjectYear;

/**
 * How the audit history writes a project-year into a change record, and reads every way it ever
 * wrote one. Each record carries its format number, so a snapshot written today still reads after
 * the exchange format moves on: each format has its own lenient reader, never today's strict
 * import reader.
 *
 * <ul>
 *   <li>1 — a project object of the exchange format {@code jixiao/1}, on one line (version 0.1 on):
 *       one form, read as the stage its data shows ({@link ProjectYear#ofForm}).</li>
 *   <li>2 — the year stage by stage ({@link SnapshotFormat2}), since years have stages (schema 3).</li>
 *   <li>3 — an import's entry ({@link ImportEntry}, schema 4): the change names the import's files; each
 *       year's before-image, for the years it replaced, is in {@code imported}, written as format 2, and
 *       its after-image is its next change's before-image, or the year as stored.</li>
 * </ul>
 */
final class AuditFormat {

    /** The format written today. */
    static final int CURRENT = 2;
    /** An import's entry. */
    static final int IMPORT = 3;

    private AuditFormat() {
    }

    static String write(ProjectYear year) {
        return SnapshotFormat2.write(year);
    }

    /** The year a record holds; empty when there is none, or it cannot be read. */
    static Optional<ProjectYear> read(int format, String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (format) {
            case 1 -> SnapshotFormat1.read(text).map(ProjectYear::ofForm);
            case 2, IMPORT -> SnapshotFormat2.read(text);
            default -> Optional.empty();
        };
    }

    static Bilingual unreadable(int format) {
        return new Bilingual("这条记录的项目内容（格式 " + format + "）本版本无法读取",
                "this record's project (audit format " + format + ") cannot be read by this version");
    }
}
