package jixiao.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * A migration written in SQL, in {@code resources/jixiao/storage/sqlite/}: statements end with a
 * semicolon at the end of a line, except inside a trigger's {@code BEGIN … END;}.
 */
record Script(String name) implements Migration {

    @Override
    public void apply(Handle handle, Upgrade upgrade) {
        statements().forEach(handle::execute);
    }

    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        boolean inTrigger = false;
        for (String line : text().split("\n")) {
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            String upper = code.toUpperCase(Locale.ROOT);
            inTrigger = inTrigger || upper.startsWith("CREATE TRIGGER");
            boolean ends = inTrigger ? upper.equals("END;") : code.endsWith(";");
            if (ends) {
                String complete = statement.toString().strip();
                statements.add(inTrigger ? complete : complete.substring(0, complete.length() - 1));
                statement.setLength(0);
                inTrigger = false;
            }
        }
        return statements;
    }

    private String text() {
        try (InputStream in = Script.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
