package jixiao.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read in plain JDBC, with its parameters by position: the reads of a project and of the project
 * list, which commands that must start fast make ({@code list}, {@code show}, {@code check PROJECT}).
 * JDBI's set-up cost them more than the reads themselves (docs/benchmarks.md).
 */
final class PlainQuery {

    /** Reads on a connection. */
    @FunctionalInterface
    interface Read<T> {
        T from(Connection connection) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PlainQuery() {
    }

    static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        }
    }

    /** The first row, if there is one: for reads by a key. */
    static <T> Optional<T> first(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        return list(connection, sql, reader, parameters).stream().findFirst();
    }
}
