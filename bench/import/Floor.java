import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of an import in Java (issue 14): the same exchange CSV (bench/import/generate.py's columns)
 * into the same schema as jixiao, with nothing jixiao's import does beyond storing rows: commons-csv,
 * one transaction, each prepared statement made once and reused, batches, explicit ids, and two threads
 * (this one reads and parses, the other writes a project, its one stage, its funding lines and its
 * indicators, as the schema has them since stages). No target parsing, no scoring, no history.
 *
 * <p>usage: java -cp FLOOR_CLASSES:app/target/jixiao.jar Floor FILE.csv DB   (DB: a database jixiao has
 * made, empty; the bench script makes it with {@code jixiao list --db DB}).
 */
public final class Floor {

    /** A project as the writer needs it: its own cells, its funding lines, its indicator rows. */
    record Row(long id, String year, String unit, String name, String moneyUnit, String[] total, String[] fiscal,
            List<String[]> indicators) {
    }

    private static final int CHUNK = 256;
    private static final List<Row> END = List.of();

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[1])) {
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA journal_mode = WAL");
                pragmas.execute("PRAGMA synchronous = NORMAL");
                pragmas.execute("PRAGMA foreign_keys = ON");
            }
            connection.setAutoCommit(false);
            long ruleSet = ruleSet(connection);
            long firstId = scalar(connection, "SELECT max(coalesce((SELECT max(id) FROM project), 0),"
                    + " coalesce((SELECT max(id) FROM stage), 0)) + 1");
            BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(16);
            Thread reader = new Thread(() -> read(csv, firstId, queue), "reader");
            reader.start();
            long[] counts = write(connection, ruleSet, queue);
            reader.join();
            connection.commit();
            System.out.println("floor: " + counts[0] + " projects, " + counts[1] + " indicators");
        }
    }

    private static void read(Path csv, long firstId, BlockingQueue<List<Row>> queue) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<Row> chunk = new ArrayList<>(CHUNK);
            Row project = null;
            long id = firstId;
            for (CSVRecord record : parser) {
                if (!record.get("year").isEmpty()) {
                    if (project != null) {
                        chunk = hand(queue, chunk, project);
                    }
                    project = new Row(id++, record.get("year"), record.get("unit"), record.get("name"),
                            record.get("money_unit"),
                            cells(record, "total_initial", "total_adjusted", "total_executed"),
                            cells(record, "fiscal_initial", "fiscal_adjusted", "fiscal_executed"), new ArrayList<>());
                }
                project.indicators().add(cells(record, "level1", "level2", "indicator", "target", "actual", "weight",
                        "score", "deviation"));
            }
            if (project != null) {
                chunk.add(project);
            }
            queue.put(chunk);
            queue.put(END);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> hand(BlockingQueue<List<Row>> queue, List<Row> chunk, Row project) {
        chunk.add(project);
        if (chunk.size() < CHUNK) {
            return chunk;
        }
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(CHUNK);
    }

    private static String[] cells(CSVRecord record, String... columns) {
        String[] cells = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            cells[i] = record.get(columns[i]);
        }
        return cells;
    }

    private static long[] write(Connection connection, long ruleSet, BlockingQueue<List<Row>> queue)
            throws SQLException, InterruptedException {
        long projects = 0;
        long indicators = 0;
        try (PreparedStatement project = connection.prepareStatement("INSERT INTO project (id, year, unit, name,"
                + " indicator_count, rule_set_id, stage, light, total, grade, errors, warnings, revision, saved_at,"
                + " saved_by) VALUES (?, ?, ?, ?, ?, ?, 'self-evaluation', NULL, NULL, NULL, 0, 0, 1, ?, 'floor')");
                PreparedStatement stage = connection.prepareStatement("INSERT INTO stage (id, project_id, kind, year,"
                        + " unit, name, money_unit) VALUES (?, ?, 'self-evaluation', ?, ?, ?, ?)");
                PreparedStatement line = connection.prepareStatement("INSERT INTO funding_line (stage_id, source,"
                        + " initial, adjusted, executed) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement indicator = connection.prepareStatement("INSERT INTO indicator (stage_id, position,"
                        + " level1, level2, name, target, actual, weight, manual_score, deviation)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String now = java.time.Instant.now().toString();
            for (List<Row> chunk = queue.take(); chunk != END; chunk = queue.take()) {
                for (Row row : chunk) {
                    int year = Integer.parseInt(row.year());
                    project.setLong(1, row.id());
                    project.setInt(2, year);
                    project.setString(3, row.unit());
                    project.setString(4, row.name());
                    project.setInt(5, row.indicators().size());
                    project.setLong(6, ruleSet);
                    project.setString(7, now);
                    project.addBatch();
                    long stageId = row.id(); // one stage a project: the floor's stage ids follow its project ids
                    stage.setLong(1, stageId);
                    stage.setLong(2, row.id());
                    stage.setInt(3, year);
                    stage.setString(4, row.unit());
                    stage.setString(5, row.name());
                    stage.setString(6, row.moneyUnit());
                    stage.addBatch();
                    addLine(line, stageId, "total", row.total());
                    addLine(line, stageId, "fiscal", row.fiscal());
                    for (int i = 0; i < row.indicators().size(); i++) {
                        String[] cells = row.indicators().get(i);
                        indicator.setLong(1, stageId);
                        indicator.setInt(2, i);
                        for (int c = 0; c < 5; c++) {
                            indicator.setString(3 + c, cells[c]);
                        }
                        indicator.setString(8, blankAsNull(cells[5]));
                        indicator.setString(9, blankAsNull(cells[6]));
                        indicator.setString(10, cells[7]);
                        indicator.addBatch();
                    }
                    indicators += row.indicators().size();
                }
                project.executeBatch();
                stage.executeBatch();
                line.executeBatch();
                indicator.executeBatch();
                projects += chunk.size();
            }
        }
        return new long[] {projects, indicators};
    }

    private static void addLine(PreparedStatement line, long id, String source, String[] amounts) throws SQLException {
        line.setLong(1, id);
        line.setString(2, source);
        for (int i = 0; i < 3; i++) {
            line.setString(3 + i, blankAsNull(amounts[i]));
        }
        line.addBatch();
    }

    private static String blankAsNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    /** The rule set the projects are stored with: national-2020's row where jixiao made it, else one of the floor's. */
    private static long ruleSet(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("SELECT id FROM rule_set ORDER BY id LIMIT 1")) {
            if (found.next()) {
                return found.getLong(1);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO rule_set (name, hash, content) VALUES ('floor', 'floor', '')");
        }
        return scalar(connection, "SELECT last_insert_rowid()");
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
