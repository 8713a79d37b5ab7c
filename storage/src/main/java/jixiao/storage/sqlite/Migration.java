package jixiao.storage.sqlite;

import java.nio.file.Path;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** One step of the schema, from version N - 1 to N, inside the transaction that records N. */
interface Migration {

    /** Where and by whom the database is being upgraded: steps that convert data may need to say so. */
    record Upgrade(Path databaseFolder, Instant at, String user) {
    }

    void apply(Handle handle, Upgrade upgrade);
}
