package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jixiao.domain.rules.RuleSet;
import org.jdbi.v3.core.Handle;

/**
 * The {@code rule_set} table: every rule set a project is scored under, kept in full and shared
 * by the projects with the same hash. A hash stands for one content, so each content is read (and
 * checked) once; ids are not cached, since a rolled-back import gives its ids out again.
 */
final class StoredRuleSets {

    private final Map<String, RuleSet> byHash = new ConcurrentHashMap<>();
    /** Each set's row as written, made once: its hash and its file text cost more than the query (an import pins one per project). */
    private final Map<RuleSet, RuleSetRow> rows = new ConcurrentHashMap<>();

    /** The id of the row holding {@code rules}, adding it if no project used it before. */
    long pin(Handle handle, RuleSet rules) {
        RuleSetRow row = rows.computeIfAbsent(rules, RuleSetRow::of);
        Optional<Long> known = handle.createQuery("SELECT id FROM rule_set WHERE hash = :hash")
                .bind("hash", row.hash()).mapTo(Long.class).findOne();
        if (known.isPresent()) {
            return known.get();
        }
        long id = handle.createUpdate("INSERT INTO rule_set (name, hash, content) VALUES (:name, :hash, :content)")
                .bind("name", row.name()).bind("hash", row.hash()).bind("content", row.content())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        byHash.putIfAbsent(row.hash(), rules);
        return id;
    }

    /** Plain JDBC, as the other reads of one project ({@link ProjectTable#row}). */
    RuleSet find(Connection connection, long id) throws SQLException {
        RuleSetRow row = PlainQuery.first(connection, "SELECT * FROM rule_set WHERE id = ?", RuleSetRow::read, id)
                .orElseThrow(() -> new SQLException("no rule_set row " + id));
        return byHash.computeIfAbsent(row.hash(), hash -> row.toDomain());
    }
}
