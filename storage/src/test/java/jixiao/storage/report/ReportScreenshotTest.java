package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML report as a person sees it: rendered by headless Chromium to a PNG, one per kind of
 * form, in {@code storage/target/report-screenshots/}. Skipped, with a message, where Chromium is not
 * installed ({@code .ci/run} installs Debian's {@code chromium}). To refresh the pictures kept for
 * reviewers under {@code docs/report-screenshots/}, run
 * {@code mvn -B verify -pl storage -am -Dtest=ReportScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false -Djixiao.screenshots.update=true}.
 */
class ReportScreenshotTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Path OUTPUT = Path.of("target", "report-screenshots");
    private static final Path KEPT = Path.of("..", "docs", "report-screenshots");

    @TempDir
    Path profile;

    @ParameterizedTest
    @CsvSource({"self-evaluation, 医药集中招标采购工作经费, 2024, 1800", "declaration, 工作服置装费, 2025, 720"})
    void chromiumRendersEachKindOfFormToAPicture(String kind, String name, int year, int height) throws Exception {
        Optional<Path> chromium = onPath("chromium");
        assumeTrue(chromium.isPresent(), "chromium is not on the PATH: no screenshot of the " + kind
                + " report (install Debian's chromium package to take one)");
        Project project = DemoForms.names().stream().flatMap(file -> DemoForms.read(file).projects().stream())
                .filter(p -> p.key().name().equals(name) && p.key().year() == year).findFirst().orElseThrow();
        Files.createDirectories(OUTPUT);
        Path html = OUTPUT.resolve(kind + ".html").toAbsolutePath();
        Path png = OUTPUT.resolve(kind + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        new Reports(RuleSets.national2020()).write(List.of(project), ReportFormat.HTML, html);

        Process process = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--screenshot=" + png, "--window-size=900," + height, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(OUTPUT.resolve(kind + ".log").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 2 minutes");
        assertEquals(0, process.exitValue(), "chromium failed: see " + OUTPUT.resolve(kind + ".log").toAbsolutePath());
        byte[] picture = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(picture, PNG_SIGNATURE.length));
        assertTrue(picture.length > 20_000, "a page with a form on it, not a blank one: " + picture.length + " bytes");
        if (Boolean.getBoolean("jixiao.screenshots.update")) {
            Files.createDirectories(KEPT);
            Files.copy(png, KEPT.resolve(kind + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, program)).filter(Files::isExecutable).findFirst();
    }
}
