package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.app.Run;
import jixiao.domain.language.Columns;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} on the published forms, from files and from the database. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAWorkbookOfTheSelfEvaluationsFromAFile() throws Exception {
        Path xlsx = dir.resolve("forms.xlsx");
        Run run = Run.of("report", example(DemoForms.SELF_EVALUATIONS).toString(), "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("已写出 7 个项目的报告"), run.out());
        byte[] workbook = Files.readAllBytes(xlsx);
        assertEquals("PK", new String(workbook, 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip file");
    }

    @Test
    void printsTheTextReportToTheTerminalWithoutAnOutputFile() throws Exception {
        Run run = Run.of("report", example(DemoForms.SELF_EVALUATIONS).toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("财政项目支出绩效自评表"), run.out());
        assertTrue(run.out().contains("2024年度项目绩效自评汇总表"), "the unit's summary for several forms");
        assertTrue(run.out().contains("98.58"), "工作服置装费's total");
    }

    @Test
    void theTextReportWrapsToTheWidthAsked() throws Exception {
        Run run = Run.of("report", example(DemoForms.SELF_EVALUATIONS).toString(), "--width", "72");
        assertEquals(0, run.status(), run.err());
        for (String line : run.out().split("\n")) {
            assertTrue(Columns.width(line) <= 72, Columns.width(line) + " columns: " + line);
        }
        assertTrue(run.out().contains("─".repeat(72)), "the rules run the whole width");
    }

    @Test
    void reportsStoredProjectsChosenByYearAsAPage() throws Exception {
        String db = dir.resolve("jixiao.db").toString();
        assertEquals(0, Run.of("demo", "--db", db).status());
        Path html = dir.resolve("2025.html");
        Run run = Run.of("report", "--year", "2025", "--format", "html", "-o", html.toString(), "--db", db, "--lang", "en");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("wrote the report of 7 projects"), run.out());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertEquals(7, page.split("class=\"title\" colspan=\"8\">财政项目支出绩效目标申报表<", -1).length - 1,
                "seven declarations");
        assertTrue(page.contains("财政项目支出绩效目标申报表（续表）"), "the long one continues on pages of its own");
    }

    @Test
    void reportsOneStoredProjectById() throws Exception {
        String db = dir.resolve("jixiao.db").toString();
        assertEquals(0, Run.of("demo", "--db", db).status());
        Run run = Run.of("report", "1", "--db", db);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("信息化运维项目") && run.out().contains("99.89"), run.out());
    }

    @Test
    void aWorkbookOrPageNeedsAnOutputFile() throws Exception {
        Run run = Run.of("report", example(DemoForms.SELF_EVALUATIONS).toString(), "--format", "xlsx", "--lang", "en");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("needs an output file"), run.err());
    }

    @Test
    void projectsMustBeGivenOneWayOrTheOther() {
        assertEquals(2, Run.of("report").status());
        assertEquals(2, Run.of("report", "1", "--all").status());
    }

    @Test
    void anUnreadableFileWritesNothingAndExitsOne() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"year\": 2024}", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.html");
        Run run = Run.of("report", broken.toString(), "--format", "html", "-o", out.toString());
        assertEquals(1, run.status());
        assertTrue(!Files.exists(out));
    }

    @Test
    void helpIsInChineseAndSaysWhatTheExitStatusMeans() {
        Run run = Run.of("report", "--help");
        assertTrue(run.out().contains("按某一阶段的官方格式输出项目年度") && run.out().contains("退出状态"), run.out());
    }

    private Path example(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = DemoForms.open(name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
