package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.demo.FullYear;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The printouts as a person sees them: the HTML printed to PDF by headless Chromium and the
 * workbook converted to PDF by LibreOffice, the first page of each rendered to PNG
 * ({@code pdftoppm -r 70}) and compared with the pictures kept in {@code docs/report-screenshots/}:
 * the same size, and the page's ink in the same places, block by block, within a tolerance that
 * forgives anti-aliasing but not a moved table, a lost line or a different font.
 * <p>
 * CI installs chromium, LibreOffice and poppler; where one is missing this fails in CI naming it
 * (a test that skips in CI hides a broken printout) and is skipped elsewhere. The kept pictures
 * are refreshed by {@code docs/report-screenshots/refresh}, which runs this test with
 * {@code -Djixiao.screenshots.update=true}; look at them before committing.
 */
class ReportScreenshotTest {

    private static final Path KEPT = Path.of("..", "docs", "report-screenshots");
    private static final Path OUTPUT = Path.of("target", "report-screenshots");
    private static final int BLOCK = 10;
    private static final int INK_TOLERANCE = 32;
    private static final double BLOCKS_ALLOWED = 0.005;

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} as {3}")
    @CsvSource({"self-evaluation, 财务专项审计和资产评估鉴定费, 2024, html", "self-evaluation, 财务专项审计和资产评估鉴定费, 2024, xlsx",
        "declaration, 工作服置装费, 2025, html", "declaration, 工作服置装费, 2025, xlsx",
        "monitoring, 财务专项审计和资产评估鉴定费, 2025, html", "monitoring, 财务专项审计和资产评估鉴定费, 2025, xlsx",
        "adjustment, 工作服置装费, 2025, html", "adjustment, 工作服置装费, 2025, xlsx"})
    void theFirstPageLooksAsTheKeptPicture(String kind, String name, int year, String format) throws Exception {
        ProjectYear printed = year(kind, name, year);
        StageKind stage = StageKind.ofKey(kind).orElseThrow();
        Path pdf = format.equals("html") ? chromium(printed, stage) : libreOffice(printed, stage);
        Files.createDirectories(OUTPUT);
        Path png = OUTPUT.resolve(kind + "-" + format + ".png").toAbsolutePath();
        run(List.of(tool("pdftoppm").toString(), "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                png.toString().replaceAll("\\.png$", "")));
        Path kept = KEPT.resolve(png.getFileName());
        if (Boolean.getBoolean("jixiao.screenshots.update")) {
            Files.createDirectories(KEPT);
            Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.exists(kept), "no kept picture " + kept.toAbsolutePath() + ": run docs/report-screenshots/refresh");
        BufferedImage expected = ImageIO.read(kept.toFile());
        BufferedImage actual = ImageIO.read(png.toFile());
        assertEquals(expected.getWidth() + "×" + expected.getHeight(), actual.getWidth() + "×" + actual.getHeight(), "page size");
        double differing = differingBlocks(expected, actual);
        assertTrue(differing <= BLOCKS_ALLOWED, String.format("%.1f %% of the page differs from %s (allowed %.1f %%); see %s",
                100 * differing, kept.toAbsolutePath(), 100 * BLOCKS_ALLOWED, png));
    }

    /** The share of {@code BLOCK}-pixel squares whose mean ink differs by more than the tolerance. */
    static double differingBlocks(BufferedImage expected, BufferedImage actual) {
        int total = 0;
        int differing = 0;
        for (int y = 0; y + BLOCK <= expected.getHeight(); y += BLOCK) {
            for (int x = 0; x + BLOCK <= expected.getWidth(); x += BLOCK) {
                total++;
                if (Math.abs(ink(expected, x, y) - ink(actual, x, y)) > INK_TOLERANCE) {
                    differing++;
                }
            }
        }
        return (double) differing / total;
    }

    private static double ink(BufferedImage image, int left, int top) {
        double sum = 0;
        for (int y = top; y < top + BLOCK; y++) {
            for (int x = left; x < left + BLOCK; x++) {
                int rgb = image.getRGB(x, y);
                sum += 255 - ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0;
            }
        }
        return sum / (BLOCK * BLOCK);
    }

    /** The year printed: a published form; the monitoring example's return; the adjustment of 工作服置装费's whole year. */
    private static ProjectYear year(String kind, String name, int year) {
        if (kind.equals("monitoring")) {
            return DemoForms.read(DemoForms.MONITORING).years().stream()
                    .filter(found -> found.key().name().equals(name)).findFirst().orElseThrow();
        }
        return kind.equals("adjustment") ? FullYear.adjusted() : ProjectYear.ofForm(Fixtures.published(name, year));
    }

    private Path chromium(ProjectYear year, StageKind stage) throws Exception {
        Path html = work.resolve("form.html");
        Fixtures.reports().write(List.of(year), Optional.of(stage), ReportFormat.HTML, html, false);
        Path pdf = work.resolve("form-html.pdf");
        run(List.of(tool("chromium").toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                "--user-data-dir=" + work.resolve("chromium-profile"), "--print-to-pdf=" + pdf, html.toUri().toString()));
        return pdf;
    }

    private Path libreOffice(ProjectYear year, StageKind stage) throws Exception {
        Path xlsx = work.resolve("form.xlsx");
        Fixtures.reports().write(List.of(year), Optional.of(stage), ReportFormat.XLSX, xlsx, false);
        run(List.of(tool("soffice").toString(), "-env:UserInstallation=" + work.resolve("soffice-profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", work.toString(), xlsx.toString()));
        return work.resolve("form.pdf");
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path log = work.resolve("tool.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish in 3 minutes");
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(log));
    }

    /** The program, or a failure naming it in CI (which installs it), or a skip where nobody promised it. */
    private static Path tool(String program) {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, program)).filter(Files::isExecutable).findFirst();
        String missing = program + " is not on the PATH: the printout cannot be rendered to compare with the kept picture"
                + " (Debian: apt-get install chromium libreoffice-calc-nogui poppler-utils fonts-noto-cjk)";
        if (found.isEmpty() && System.getenv("CI") != null) {
            fail(missing);
        }
        assumeTrue(found.isPresent(), missing);
        return found.get();
    }

}
