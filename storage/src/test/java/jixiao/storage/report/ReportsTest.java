package jixiao.storage.report;

import static jixiao.storage.report.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jixiao.domain.language.Columns;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.file.CannotWriteException;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.demo.FullYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one entry point: files written whole, text as wide as asked, summaries before forms. */
class ReportsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aReportReplacesOneJixiaoWroteAndLeavesNothingBeside(ReportFormat format) throws IOException {
        Path report = dir.resolve("forms." + format.extension());
        Fixtures.reports().write(List.of(published("课题经费", 2024)), format, report, false);
        Fixtures.reports().write(List.of(published("信息化运维项目", 2024)), format, report, false);
        assertTrue(Reports.wrote(report), "jixiao knows its own " + format);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(report), files.toList(), "no partial file left behind");
        }
    }

    @Test
    void aFileJixiaoDidNotWriteIsReplacedOnlyWhenForced() throws IOException {
        Path page = dir.resolve("forms.html");
        Files.writeString(page, "someone's notes");
        List<Project> form = List.of(published("课题经费", 2024));
        CannotWriteException refused = assertThrows(CannotWriteException.class,
                () -> Fixtures.reports().write(form, ReportFormat.HTML, page, false));
        assertTrue(refused.explanation().en().contains("is not a report jixiao wrote: give --force"), refused.getMessage());
        assertEquals("someone's notes", Files.readString(page, StandardCharsets.UTF_8));
        Fixtures.reports().write(form, ReportFormat.HTML, page, true);
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("财政项目支出绩效自评表"));
    }

    @Test
    void textIsAHundredColumnsWideUnlessAskedOtherwise() {
        List<String> lines = Fixtures.reports().lines(List.of(published("课题经费", 2024)));
        assertEquals(100, lines.stream().mapToInt(Columns::width).max().orElseThrow());
        List<String> narrow = new Reports(RuleSets.national2020(), 80).lines(List.of(published("课题经费", 2024)));
        assertEquals(80, narrow.stream().mapToInt(Columns::width).max().orElseThrow());
    }

    @Test
    void severalFormsComeAfterTheSummaryOfEachUnitAndYear() {
        List<String> lines = Fixtures.reports().lines(Stream.concat(Fixtures.selfEvaluations().stream(),
                Fixtures.declarations().stream()).toList());
        List<String> titles = lines.stream().map(String::strip)
                .filter(line -> line.endsWith("汇总表") || line.startsWith("财政项目支出绩效")).toList();
        assertEquals(List.of("2024年度项目绩效自评汇总表", "2025年度项目绩效目标汇总表"), titles.subList(0, 2));
        assertEquals(2 + 14, titles.size());
    }

    @Test
    void eachStageOfAYearPrintsAsItsOwnForm() {
        ProjectYear year = FullYear.evaluated();
        for (StageKind stage : StageKind.values()) {
            String text = String.join("\n", Fixtures.reports().lines(List.of(year), Optional.of(stage)));
            assertTrue(text.contains(stage == StageKind.DECLARATION ? DeclarationLayout.TITLE
                    : stage == StageKind.SELF_EVALUATION ? SelfEvaluationLayout.TITLE : stage.title().zh()), stage + text);
        }
        assertTrue(String.join("\n", Fixtures.reports().lines(List.of(year), Optional.empty())).contains(SelfEvaluationLayout.TITLE),
                "the latest stage without --stage");
    }

    @Test
    void theDeclarationPrintsTheWholeProjectsFunding() {
        String text = String.join("\n", Fixtures.reports().lines(List.of(FullYear.monitored()), Optional.of(StageKind.DECLARATION)));
        assertTrue(text.matches("(?s).*项目资金总额\\s+10,000\\.00.*"), text);
    }

    @Test
    void monitoringReturnsHaveNoSummaryOfTheirOwn() {
        List<ProjectYear> years = DemoForms.read(DemoForms.MONITORING).years();
        List<String> lines = Fixtures.reports().lines(years, Optional.empty());
        assertEquals(0, lines.stream().filter(line -> line.strip().endsWith("汇总表")).count());
        assertEquals(7, lines.stream().filter(line -> line.strip().equals(MonitoringLayout.TITLE)).count());
    }
}
