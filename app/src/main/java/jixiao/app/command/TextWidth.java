package jixiao.app.command;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.domain.language.Bilingual;
import jixiao.storage.report.Reports;

/**
 * How wide a text report may be: {@code --width}; else {@code $COLUMNS} where the shell exports
 * it; else, on a terminal, the terminal's own width as {@code stty size} reports it (shells seldom
 * export {@code COLUMNS}); else {@link Reports#TEXT_WIDTH}, since a pipe or a file has no width.
 */
final class TextWidth {

    private TextWidth() {
    }

    static int of(Integer asked, Map<String, String> environment, boolean terminal) {
        if (asked != null) {
            if (asked < 1) {
                throw new UserError(ExitCode.USAGE, new Bilingual("--width 应为正整数", "--width must be a positive number"));
            }
            return asked;
        }
        return positive(environment.getOrDefault("COLUMNS", ""))
                .or(() -> terminal ? terminalColumns() : Optional.empty())
                .orElse(Reports.TEXT_WIDTH);
    }

    private static Optional<Integer> positive(String text) {
        try {
            int columns = Integer.parseInt(text.strip());
            return columns > 0 ? Optional.of(columns) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** {@code stty size} on the controlling terminal ("24 80"); empty where there is none, or no stty. */
    private static Optional<Integer> terminalColumns() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return Optional.empty();
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return Optional.empty();
            }
            String[] rowsAndColumns = size.split("\\s+");
            return rowsAndColumns.length == 2 ? positive(rowsAndColumns[1]) : Optional.empty();
        } catch (IOException noStty) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
