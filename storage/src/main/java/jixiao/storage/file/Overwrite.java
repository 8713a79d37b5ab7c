package jixiao.storage.file;

import java.nio.file.Path;
import java.util.function.Predicate;
import jixiao.domain.language.Bilingual;

/**
 * When a file jixiao writes may replace one that is there. A database is never replaced, whatever
 * this says; an export or a report replaces what jixiao wrote before (each format knows its own:
 * {@code written}), anything else only when the user says {@code --force}; a backup replaces nothing.
 */
public record Overwrite(boolean never, boolean forced, Predicate<Path> written, Bilingual kind) {

    /** Backups: a name that is taken stays taken. */
    public static final Overwrite NEVER = new Overwrite(true, false, file -> false, new Bilingual("备份", "a backup"));

    /**
     * Replaces a file that {@code written} recognises as one of {@code kind} ("an export") that jixiao
     * wrote; with {@code force}, any file but a database.
     */
    public static Overwrite ifWritten(Bilingual kind, Predicate<Path> written, boolean force) {
        return new Overwrite(false, force, written, kind);
    }
}
