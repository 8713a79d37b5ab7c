package jixiao.domain.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jixiao.domain.language.Bilingual;

/**
 * The text of a rule-set file: {@code key = value} lines as {@link Properties} reads them (comments,
 * escapes, continued lines), but keeping the line each key is on, so that a problem says where it is.
 * A key given twice is a problem, not a silent override: a trainer would change the first and see nothing.
 */
final class RuleSetFile {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<LineProblem> problems = new ArrayList<>();

    /** A line that cannot be read, or a key given again. */
    private record LineProblem(int line, Bilingual message) {
    }

    private RuleSetFile() {
    }

    static RuleSetFile read(Reader reader) throws IOException {
        RuleSetFile file = new RuleSetFile();
        List<String> physical;
        try {
            physical = new BufferedReader(reader).lines().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int index = 0; index < physical.size(); index++) {
            String line = physical.get(index);
            if (line.isBlank() || isComment(line)) {
                continue;
            }
            int first = index + 1;
            StringBuilder logical = new StringBuilder(line);
            while (continues(logical) && index + 1 < physical.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(physical.get(++index).stripLeading());
            }
            file.entry(logical.toString(), first);
        }
        return file;
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, Integer> lines() {
        return lines;
    }

    /** Lines that cannot be read and keys given twice, each as {@code key: message} with its line. */
    List<Bilingual> problems(String source) {
        Source where = new Source(source, Map.of());
        return problems.stream().map(problem -> where.atLine(problem.line(), problem.message())).toList();
    }

    private void entry(String logical, int line) {
        Properties decoded = new Properties();
        try {
            decoded.load(new StringReader(logical));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new LineProblem(line, new Bilingual("无法读取这一行：" + e.getMessage(),
                    "cannot read this line: " + e.getMessage())));
            return;
        }
        for (String key : decoded.stringPropertyNames()) {
            if (lines.containsKey(key)) {
                problems.add(new LineProblem(line, new Bilingual(key + "：重复给出（第 " + lines.get(key) + " 行已有）",
                        key + ": given twice (already on line " + lines.get(key) + ")")));
                continue;
            }
            values.put(key, decoded.getProperty(key).strip());
            lines.put(key, line);
        }
    }

    /** A value as a file line holds it: backslashes and line breaks escaped, as {@link Properties} reads them. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static boolean isComment(String line) {
        String text = line.stripLeading();
        return text.startsWith("#") || text.startsWith("!");
    }

    /** A line ending in an odd number of backslashes goes on to the next one. */
    private static boolean continues(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
