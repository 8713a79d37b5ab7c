package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * The rows an import inserts into one table, {@value #ROWS} to a statement: SQLite runs a statement's
 * program, and sqlite-jdbc crosses into C to step, reset and count it, once per statement rather than
 * once per row, which took 4 % off an import of 100,000 indicators (docs/benchmarks.md). The rows
 * short of a full statement go in one by one at {@link #flush}. Rows are written in no promised order
 * among themselves, so the table's key, not the order, must tell them apart.
 */
final class RowBatch implements AutoCloseable {

    /** Rows to a statement: about a project's indicators; SQLite allows 32,766 values to one. */
    static final int ROWS = 20;

    private final PreparedStatement many;
    private final PreparedStatement one;
    private final int columns;
    private final Object[] pending;
    private int rows;

    /** For {@code insertInto}, the statement up to its values: {@code INSERT INTO table (a, b)}. */
    RowBatch(Connection connection, String insertInto, int columns) throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        this.many = connection.prepareStatement(insertInto + " VALUES " + String.join(", ", Collections.nCopies(ROWS, row)));
        this.one = connection.prepareStatement(insertInto + " VALUES " + row);
        this.columns = columns;
        this.pending = new Object[ROWS * columns];
    }

    /** Adds a row, its values in the statement's column order. */
    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        System.arraycopy(values, 0, pending, rows * columns, columns);
        if (++rows == ROWS) {
            for (int i = 0; i < pending.length; i++) {
                many.setObject(i + 1, pending[i]);
            }
            many.addBatch();
            rows = 0;
        }
    }

    /** Writes every row added. */
    void flush() throws SQLException {
        many.executeBatch();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                one.setObject(column + 1, pending[row * columns + column]);
            }
            one.addBatch();
        }
        one.executeBatch();
        rows = 0;
    }

    @Override
    public void close() throws SQLException {
        try (many; one) {
            // closed in turn, the first failure reported
        }
    }
}
