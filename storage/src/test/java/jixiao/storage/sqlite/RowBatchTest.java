package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RowBatchTest {

    private Connection connection;

    @BeforeEach
    void table() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE row (id INTEGER PRIMARY KEY, name TEXT, weight TEXT)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyRowAddedIsWrittenAtFlushWhetherItFilledAStatementOrNot() throws SQLException {
        int count = 2 * RowBatch.ROWS + 3; // two full statements and three rows one by one
        try (RowBatch rows = new RowBatch(connection, "INSERT INTO row (id, name, weight)", 3)) {
            for (int i = 1; i <= count; i++) {
                rows.add(i, "指标" + i, i % 2 == 0 ? null : i + ".50");
            }
            rows.flush();
        }
        List<String> written = rows("SELECT id || ' ' || name || ' ' || coalesce(weight, 'NULL') FROM row ORDER BY id");
        assertEquals(count, written.size());
        assertEquals("1 指标1 1.50", written.get(0));
        assertEquals("2 指标2 NULL", written.get(1));
        assertEquals(count + " 指标" + count + " " + count + ".50", written.get(count - 1));
    }

    @Test
    void aSecondFlushWritesOnlyTheRowsAddedSinceTheFirst() throws SQLException {
        try (RowBatch rows = new RowBatch(connection, "INSERT INTO row (id, name, weight)", 3)) {
            rows.add(1, "a", null);
            rows.flush();
            rows.flush();
            rows.add(2, "b", null);
            rows.flush();
        }
        assertEquals(List.of("1", "2"), rows("SELECT id FROM row ORDER BY id"));
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedBeforeAnythingIsBound() throws SQLException {
        try (RowBatch rows = new RowBatch(connection, "INSERT INTO row (id, name, weight)", 3)) {
            assertThrows(IllegalArgumentException.class, () -> rows.add(1, "a"));
            rows.add(2, "b", "1");
            rows.flush();
        }
        assertEquals(List.of("2"), rows("SELECT id FROM row"));
    }

    @Test
    void aFailingRowFailsTheFlush() throws SQLException {
        try (RowBatch rows = new RowBatch(connection, "INSERT INTO row (id, name, weight)", 3)) {
            rows.add(1, "a", null);
            rows.add(1, "again", null);
            assertThrows(SQLException.class, rows::flush);
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
