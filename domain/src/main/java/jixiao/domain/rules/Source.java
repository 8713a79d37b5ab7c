package jixiao.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.language.Bilingual;

/**
 * Where a rule set's values were read: a file (or a stored copy) and the line of each key, so that
 * every problem is told as {@code FILE:LINE: message}. Values changed one by one have no source.
 */
record Source(String name, Map<String, Integer> lines) {

    static final Source NONE = new Source("", Map.of());

    Source {
        lines = Map.copyOf(lines);
    }

    /** A problem about the given keys, placed at the line of the first one the source has. */
    Bilingual problem(List<String> keys, Bilingual message) {
        return at(keys.stream().filter(lines::containsKey).findFirst().map(lines::get), message);
    }

    Bilingual atLine(int line, Bilingual message) {
        return at(Optional.of(line), message);
    }

    Bilingual problem(String key, Bilingual message) {
        return problem(List.of(key), message);
    }

    /** A problem about the whole source, such as a file that cannot be read. */
    Bilingual problem(Bilingual message) {
        return problem(List.of(), message);
    }

    private Bilingual at(Optional<Integer> line, Bilingual message) {
        String where = (name.isEmpty() ? line.map(String::valueOf).orElse("")
                : name + line.map(number -> ":" + number).orElse(""));
        String prefix = where.isEmpty() ? "" : where + ": ";
        return new Bilingual(prefix + message.zh(), prefix + message.en());
    }
}
