import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the examples of markdown files as written, in order, in a folder (a fresh clone), and checks
 * what they print. Run by .ci/readme-examples: java .ci/ReadmeExamples.java FOLDER FILE.md…
 *
 * In an indented code block, a line is a command when it starts with "$ " (its output follows, up
 * to a blank line or the next "$ ") or with ./jixiao, mvn, printf or rm. A command must exit 0,
 * unless its comment says "exit N". Shown output must appear in the output, line after line (runs
 * of spaces count as one); "…" alone stands for any lines, "…" inside a line for any text. A
 * command that ends by opening the text UI (a last "&& ./jixiao") meets no terminal here and must
 * refuse with exit 2, as it does; .ci/tui-e2e runs the UI in tmux.
 */
public final class ReadmeExamples {

    private static final Pattern COMMAND = Pattern.compile("^(\\./jixiao|mvn|printf|rm)\\b.*");
    private static final Pattern EXIT = Pattern.compile("#.*\\bexits? (\\d+)");
    private static final String GAP = "…";
    /** Already run by .ci/run itself, at the start: minutes better not spent twice. */
    private static final String TEST_COMMAND = "mvn -B verify";

    record Example(String source, String command, List<String> shown) {
    }

    public static void main(String[] arguments) throws Exception {
        Path folder = Path.of(arguments[0]);
        List<Example> examples = new ArrayList<>();
        for (int i = 1; i < arguments.length; i++) {
            examples.addAll(examples(folder.resolve(arguments[i]), arguments[i]));
        }
        int failures = 0;
        for (Example example : examples) {
            failures += run(folder, example) ? 0 : 1;
        }
        System.out.println(failures == 0 ? "readme-examples: all " + examples.size() + " examples ran as written"
                : "readme-examples: " + failures + " of " + examples.size() + " examples failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    static List<Example> examples(Path file, String name) throws IOException {
        List<Example> examples = new ArrayList<>();
        boolean fenced = false;
        Example open = null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            boolean code = !fenced && line.startsWith("    ");
            String text = code ? line.substring(4) : "";
            if (!code || text.isBlank()) {
                open = null;
                continue;
            }
            String source = name + ":" + number;
            if (text.startsWith("$ ")) {
                open = new Example(source, text.substring(2), new ArrayList<>());
                examples.add(open);
            } else if (COMMAND.matcher(text).matches()) {
                open = null;
                if (!text.strip().equals(TEST_COMMAND)) {
                    examples.add(new Example(source, text, List.of()));
                }
            } else if (open != null) {
                open.shown().add(text);
            }
        }
        return examples;
    }

    static boolean run(Path folder, Example example) throws IOException, InterruptedException {
        boolean opensTheUi = example.command().replaceAll("#.*", "").strip().endsWith("&& ./jixiao");
        Matcher exit = EXIT.matcher(example.command());
        int expected = opensTheUi ? 2 : exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", example.command()).directory(folder.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> environment = builder.environment();
        environment.remove("JIXIAO_DB");
        environment.remove("JIXIAO_LANG");
        Path err = Files.createTempFile("readme-example", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        String problem = null;
        if (process.exitValue() != expected) {
            problem = "exited " + process.exitValue() + ", expected " + expected;
        } else if (opensTheUi && !errors.contains("没有可用的终端")) {
            problem = "the text UI did not refuse for want of a terminal";
        } else if (!shows(out, example.shown())) {
            problem = "the output is not what the example shows";
        }
        if (problem == null) {
            System.out.println("PASS: " + example.source() + ": " + example.command()
                    + (opensTheUi ? "   (the text UI refused: no terminal here, as it should)" : ""));
            return true;
        }
        System.out.println("FAIL: " + example.source() + ": " + example.command() + ": " + problem);
        System.out.println("--- shown in the file:\n" + String.join("\n", example.shown()));
        System.out.println("--- printed:\n" + out + "--- errors:\n" + errors + "---");
        return false;
    }

    /** Whether the output has the shown lines in order; a gap line skips any number of lines. */
    static boolean shows(String output, List<String> shown) {
        List<String> printed = output.lines().map(ReadmeExamples::squeeze).filter(line -> !line.isEmpty()).toList();
        int at = 0;
        boolean gap = false;
        for (String line : shown) {
            String wanted = squeeze(line);
            if (wanted.equals(GAP)) {
                gap = true;
                continue;
            }
            while (at < printed.size() && !matches(printed.get(at), wanted)) {
                if (!gap) {
                    return false;
                }
                at++;
            }
            if (at == printed.size()) {
                return false;
            }
            at++;
            gap = false;
        }
        return true;
    }

    /** The same line; or, where the example cuts text out with "…", the parts around it in order. */
    private static boolean matches(String printed, String wanted) {
        if (printed.equals(wanted)) {
            return true;
        }
        String[] parts = wanted.split(GAP, -1);
        if (parts.length == 1 || !printed.startsWith(parts[0].strip())
                || !printed.endsWith(parts[parts.length - 1].strip())) {
            return false;
        }
        int from = 0;
        for (String part : parts) {
            int found = printed.indexOf(part.strip(), from);
            if (found < 0) {
                return false;
            }
            from = found + part.strip().length();
        }
        return true;
    }

    private static String squeeze(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
