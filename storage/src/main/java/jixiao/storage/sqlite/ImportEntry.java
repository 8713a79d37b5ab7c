package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/**
 * An import's one change in the history ({@code V4__imports.sql}, {@link AuditFormat#IMPORT}): a {@code change} row that
 * names the files read and their SHA-256, and an {@code imported} row per project added or replaced,
 * the replaced ones with their before-image. Writing a whole project as JSON per project was a
 * seventh of an import (docs/benchmarks.md); an added project's after-image is the project as stored,
 * or as its next change found it. An import that changes nothing leaves no entry.
 */
final class ImportEntry implements AutoCloseable {

    /** One file read, as {@code sha256sum} prints it. */
    record File(String path, String sha256) {
        String line() {
            return sha256 + "  " + path;
        }
    }

    private final Connection connection;
    private final long id;
    private final RowBatch project;
    private final List<File> files = new ArrayList<>();
    private int projects;

    /** Starts the entry: its row first, which every {@code imported} row refers to. */
    ImportEntry(Connection connection, Instant at, String user) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM change")) {
            max.next();
            id = max.getLong(1);
        }
        try (PreparedStatement change = connection.prepareStatement("INSERT INTO change (id, at, os_user, action,"
                + " project_id, project, format) VALUES (?, ?, ?, 'import', NULL, '', ?)")) {
            change.setLong(1, id);
            change.setString(2, at.toString());
            change.setString(3, user);
            change.setInt(4, AuditFormat.IMPORT);
            change.executeUpdate();
        }
        project = new RowBatch(connection, "INSERT INTO imported (project_id, change_id, stage, before, rules_before,"
                + " rules_after)", 6);
    }

    void file(String path, String sha256) {
        files.add(new File(path, sha256));
    }

    void added(long projectId, long rules) throws SQLException {
        add(projectId, Optional.empty(), null, null, rules);
    }

    /** A year the import replaced: the one stage it changed (empty for several), and the year before. */
    void replaced(long projectId, Optional<StageKind> stage, ProjectYear before, long rulesBefore, long rulesAfter)
            throws SQLException {
        add(projectId, stage, AuditFormat.write(before), rulesBefore, rulesAfter);
    }

    /** Writes what is batched and names the files; an entry of no project is taken out again. */
    void finish() throws SQLException {
        project.flush();
        if (projects == 0) {
            try (PreparedStatement none = connection.prepareStatement("DELETE FROM change WHERE id = ?")) {
                none.setLong(1, id);
                none.executeUpdate();
            }
            return;
        }
        try (PreparedStatement named = connection.prepareStatement("UPDATE change SET project = ?, files = ? WHERE id = ?")) {
            named.setString(1, projects + " projects");
            named.setString(2, String.join("\n", files.stream().map(File::line).toList()));
            named.setLong(3, id);
            named.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        project.close();
    }

    private void add(long projectId, Optional<StageKind> stage, String before, Long rulesBefore, long rulesAfter)
            throws SQLException {
        project.add(projectId, id, stage.map(StageKind::key).orElse(null), before, rulesBefore, rulesAfter);
        if (++projects % 256 == 0) {
            project.flush();
        }
    }
}
