package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.domain.language.Language;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.demo.FullYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExchangeTest {

    private final CsvExchange csv = new CsvExchange();

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void everyDemoFormWrittenToCsvReadsBackUnchanged(String name) throws IOException {
        List<Project> projects = demo(name);
        StringWriter out = new StringWriter();
        csv.write(years(projects), out);
        assertEquals(projects, clean(csv.read(new StringReader(out.toString()), name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS})
    void everyDemoFormWrittenWithChineseHeadersReadsBackUnchanged(String name) throws IOException {
        List<Project> projects = demo(name);
        StringWriter out = new StringWriter();
        csv.write(years(projects), out, Language.ZH);
        assertTrue(out.toString().startsWith("年度,项目编码,主管部门,实施单位,项目名称,"), out.toString());
        assertEquals(projects, clean(csv.read(new StringReader(out.toString()), name)));
    }

    @Test
    void aGb18030FileWithChineseHeadersIsDetectedAndImports() throws IOException {
        Path file = fixture("gb18030-chinese-headers.csv");
        Charset encoding = CsvExchange.detect(file);
        assertEquals(CsvExchange.GB18030, encoding);
        List<Project> projects = clean(read(file, encoding));
        assertEquals(2, projects.size());
        Project first = projects.get(0);
        assertEquals(ProjectKey.of(2025, "上海市医药集中招标采购事务管理所", "信息化运维项目"), first.key());
        assertEquals("上海市医疗保障局", first.profile().department());
        assertEquals(Optional.of(new BigDecimal("4099271.00")), first.funding().total().initial());
        assertEquals(List.of("数据审核总量", "运维服务规范性"), first.indicators().stream().map(Indicator::name).toList());
        assertEquals("=100(%)", projects.get(1).indicators().get(0).target().text());
    }

    @Test
    void aUtf8FileWithAByteOrderMarkImports() throws IOException {
        Path file = fixture("utf8-bom.csv");
        assertEquals(StandardCharsets.UTF_8, CsvExchange.detect(file));
        List<Project> projects = clean(read(file, StandardCharsets.UTF_8));
        assertEquals(1, projects.size());
        assertEquals(2024, projects.get(0).key().year());
        assertEquals(2, projects.get(0).indicators().size());
    }

    @Test
    void blankProjectColumnsOnLaterRowsTakeTheProjectsValues() throws IOException {
        Project project = clean(read(fixture("utf8-bom.csv"), StandardCharsets.UTF_8)).get(0);
        assertEquals("上海市医疗保障局", project.profile().department());
        assertEquals("万元", project.funding().moneyUnit());
        assertEquals(Optional.empty(), project.indicators().get(1).manualScore());
    }

    @Test
    void oneBadRowAmongManyImportsNothingAndIsReportedByLineAndColumn() throws IOException {
        Reading reading = read(fixture("bad.csv"), StandardCharsets.UTF_8, "bad.csv");
        assertEquals(List.of(), reading.projects());
        assertEquals(List.of("bad.csv:7: weight: 'abc' is not a number"), formatted(reading));
    }

    @Test
    void theGoodProjectsOfABadFileAreStillHandedOnOneByOne() throws IOException {
        AtomicInteger handed = new AtomicInteger();
        List<Problem> problems = csv.read(Files.newBufferedReader(fixture("bad.csv")), "bad.csv",
                project -> handed.incrementAndGet());
        assertEquals(1, problems.size());
        assertEquals(2, handed.get());
    }

    @Test
    void anUnknownHeaderIsReportedByName() throws IOException {
        Reading reading = read(fixture("unknown-header.csv"), StandardCharsets.UTF_8, "unknown-header.csv");
        assertEquals(List.of("unknown-header.csv:1: wieght: unknown column (a typo?)"), formatted(reading));
    }

    @Test
    void aMissingRequiredColumnIsReported() throws IOException {
        Reading reading = csv.read(new StringReader("year,name,indicator\n2024,项目1,指标1\n"), "f.csv");
        assertEquals(List.of("f.csv:1: unit: the required column 'unit' is missing"), formatted(reading));
    }

    @Test
    void aProjectColumnThatContradictsAnEarlierRowIsReportedButTheSameAmountWrittenDifferentlyIsNot()
            throws IOException {
        Reading reading = read(fixture("contradiction.csv"), StandardCharsets.UTF_8, "contradiction.csv");
        assertEquals(List.of("contradiction.csv:4: department: contradicts '上海市医疗保障局' on line 2 of this project"),
                formatted(reading));
    }

    @Test
    void aProjectWhoseRowsAreSplitUpIsReported() throws IOException {
        Reading reading = read(fixture("split-project.csv"), StandardCharsets.UTF_8, "split-project.csv");
        assertEquals(List.of("split-project.csv:4: name: project '项目1' already appeared on line 2:"
                + " a project's rows must be together, and only once in a file"), formatted(reading));
    }

    @Test
    void aRowAfterAMultiLineCellIsLocatedOnItsOwnLine() throws IOException {
        Reading reading = read(fixture("multi-line-cell.csv"), StandardCharsets.UTF_8, "multi-line-cell.csv");
        assertEquals(List.of("multi-line-cell.csv:4: weight: 'x' is not a number"), formatted(reading));
    }

    @Test
    void aMultiLineCellKeepsItsLineBreak() throws IOException {
        String text = "year,unit,name,goal,indicator\n2024,某单位,项目1,\"第一行\n第二行\",指标1\n";
        Project project = clean(csv.read(new StringReader(text), "f.csv")).get(0);
        assertEquals("第一行\n第二行", project.goals().annual());
    }

    @Test
    void aProjectWithoutIndicatorsIsOneRowWithBlankIndicatorColumns() throws IOException {
        String text = "year,unit,name,indicator,weight\n2024,某单位,项目1,,\n2024,某单位,项目2,指标1,5\n";
        List<Project> projects = clean(csv.read(new StringReader(text), "f.csv"));
        assertEquals(List.of(0, 1), projects.stream().map(project -> project.indicators().size()).toList());
    }

    @Test
    void aFormulaStartIsWrittenWithAnApostropheAndReadBackWithout() throws IOException {
        Project project = project(Indicator.of("产出指标", "质量指标", "@合格率", "=100(%)", "-", null, null, "+1"));
        StringWriter out = new StringWriter();
        csv.write(years(List.of(project)), out);
        String text = out.toString();
        assertTrue(text.contains(",'@合格率,'=100(%),'-,"), text);
        assertTrue(text.contains(",'+1"), text);
        assertEquals(List.of(project), clean(csv.read(new StringReader(text), "f.csv")));
    }

    @Test
    void aPlainNegativeNumberIsWrittenWithoutAnApostrophe() throws IOException {
        Project project = project(Indicator.of("产出指标", "数量指标", "指标", "-3.50", "-2", new BigDecimal("3.50"),
                null, ""));
        StringWriter out = new StringWriter();
        csv.write(years(List.of(project)), out);
        assertTrue(out.toString().contains(",-3.50,-2,3.50,"), out.toString());
        assertEquals(List.of(project), clean(csv.read(new StringReader(out.toString()), "f.csv")));
    }

    @Test
    void textThatAlreadyStartsWithAnApostropheBeforeAFormulaStartSurvivesTheRoundTrip() throws IOException {
        Project project = project(Indicator.of("产出指标", "数量指标", "'=也是文字", "''-2", "'", null, null, ""));
        StringWriter out = new StringWriter();
        csv.write(years(List.of(project)), out);
        assertEquals(List.of(project), clean(csv.read(new StringReader(out.toString()), "f.csv")));
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        assertEquals(List.of("empty.csv: the file is empty: there is no header row"),
                formatted(csv.read(new StringReader(""), "empty.csv")));
    }

    @Test
    void anUnterminatedQuoteIsReportedNotThrown() throws IOException {
        Reading reading = csv.read(new StringReader("year,unit,name,indicator\n2024,某单位,\"项目1,指标1\n"), "f.csv");
        assertFalse(reading.isClean());
        assertTrue(formatted(reading).get(0).startsWith("f.csv:2: malformed CSV: "), formatted(reading).toString());
    }

    @Test
    void bytesThatAreNotValidInTheChosenEncodingAreReportedNotThrown(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin.csv");
        Files.write(file, "year,unit,name,indicator\n2024,u,n\u00FF,i\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Problem> problems = csv.read(file, Optional.of(StandardCharsets.UTF_8), year -> { }, DigestedFile.none());
        assertEquals(List.of(file + ":2: there are bytes that UTF-8 cannot read (name the encoding with --encoding)"),
                problems.stream().map(problem -> problem.format(Language.EN)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gb18030-chinese-headers.csv", "utf8-bom.csv", "bad.csv", "contradiction.csv"})
    void aFileGivenWithoutItsEncodingReadsAsInTheEncodingDetectChooses(String name) throws IOException {
        Path file = fixture(name);
        List<ProjectYear> years = new ArrayList<>();
        List<Problem> problems = csv.read(file, Optional.of(CsvExchange.detect(file)), years::add, DigestedFile.none());
        assertEquals(problems.isEmpty() ? new Reading(years, List.of()) : new Reading(List.of(), problems), guessed(file));
    }

    @Test
    void aGb18030FileWhoseFirstProjectHappensToBeValidUtf8IsReadAsGb18030(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("gb.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("year,unit,name,indicator\n2024,U\u00E9,N1,I\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("2024,单位,项目2,指标\n".getBytes(CsvExchange.GB18030));
        Files.write(file, bytes.toByteArray());
        Reading reading = guessed(file);
        assertEquals(read(file, CsvExchange.GB18030, file.toString()), reading);
        assertEquals(new String("U\u00E9".getBytes(StandardCharsets.UTF_8), CsvExchange.GB18030),
                reading.years().get(0).key().unit());
    }

    @Test
    void aMostlyAsciiFileWithAByteOfGb18030LateIsReadAsGb18030(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("late.csv");
        StringBuilder ascii = new StringBuilder("year,unit,name,indicator\n");
        for (int i = 1; i <= GuessedEncoding.HELD_AT_MOST * 2; i++) {
            ascii.append("2024,U,N").append(i).append(",I\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(ascii.toString().getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("2024,单位,项目,指标\n".getBytes(CsvExchange.GB18030));
        Files.write(file, bytes.toByteArray());
        Reading reading = guessed(file);
        assertEquals(read(file, CsvExchange.GB18030, file.toString()), reading);
        assertEquals("单位", reading.years().get(GuessedEncoding.HELD_AT_MOST * 2).key().unit());
    }

    /** Not read as GB18030, as detect would: that would import the whole file garbled. */
    @Test
    void aUtf8FileBrokenAfterAThousandChineseCharactersIsReportedAsUnreadableBytes(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("broken.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder("year,unit,name,indicator\n");
        for (int i = 1; i <= GuessedEncoding.SURELY_UTF8; i++) {
            text.append("2024,某单位,项目").append(i).append(",指标\n");
        }
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'2', '0', '2', '4', ',', (byte) 0xFF, ',', 'n', ',', 'i', '\n'});
        Files.write(file, bytes.toByteArray());
        assertEquals(CsvExchange.GB18030, CsvExchange.detect(file));
        assertEquals(List.of(file + ":" + (GuessedEncoding.SURELY_UTF8 + 2) + ": there are bytes that UTF-8 cannot read"
                + " (name the encoding with --encoding)"), formatted(guessed(file)));
    }

    @Test
    void aFileNeitherUtf8NorGb18030ReadsNamesTheLineWhereEachStops(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("neither.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("year,unit,name,indicator\n2024,".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("单位,项目,指标\n".getBytes(CsvExchange.GB18030)); // line 2: GB18030, not UTF-8
        bytes.writeBytes(new byte[] {'2', '0', '2', '4', ',', (byte) 0xFF, ',', 'n', ',', 'i', '\n'}); // line 3: neither
        Files.write(file, bytes.toByteArray());
        assertEquals(List.of(file + ":3: neither UTF-8 nor GB18030 reads the file: UTF-8 fails at line 2, GB18030 at"
                + " line 3 (name the encoding with --encoding)"), formatted(guessed(file)));
    }

    /** The first is GB18030, read first as UTF-8 and then again; the second is UTF-8. */
    @ParameterizedTest
    @ValueSource(strings = {"gb18030-chinese-headers.csv", "utf8-bom.csv"})
    void everyByteOfAFileIsDigestedOnceWhicheverEncodingItTurnsOutIn(String name) throws Exception {
        Path file = fixture(name);
        byte[] whole = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        MessageDigest guessed = MessageDigest.getInstance("SHA-256");
        assertEquals(List.of(), csv.read(file, Optional.empty(), year -> { }, guessed));
        assertArrayEquals(whole, guessed.digest(), "read without --encoding");
        MessageDigest given = MessageDigest.getInstance("SHA-256");
        assertEquals(List.of(), csv.read(file, Optional.of(CsvExchange.detect(file)), year -> { }, given));
        assertArrayEquals(whole, given.digest(), "read with --encoding");
    }

    @Test
    void theBytesAfterTheLastRowAreDigestedToo(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("trailing.csv");
        Files.write(file, ("year,unit,name,indicator\n2024,某单位,项目,指标\n" + "\n".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        csv.read(file, Optional.empty(), year -> { }, digest);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)), digest.digest());
    }

    @Test
    void aFileOf200000IndicatorRowsIsReadOneProjectAtATime(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("large.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("year,unit,name,goal,level1,level2,indicator,target,actual,weight,score\n");
            for (int project = 1; project <= 2_000; project++) {
                for (int indicator = 1; indicator <= 100; indicator++) {
                    out.write("2024,某单位,项目" + project + "," + (indicator == 1 ? "年度目标" : "")
                            + ",产出指标,数量指标,指标" + indicator + ",≥" + indicator + "(个)," + indicator
                            + "(个),1.00,1.00\n");
                }
            }
        }
        AtomicInteger projects = new AtomicInteger();
        AtomicInteger indicators = new AtomicInteger();
        List<Problem> problems;
        try (Reader in = Files.newBufferedReader(file, CsvExchange.detect(file))) {
            problems = csv.read(in, "large.csv", project -> {
                projects.incrementAndGet();
                indicators.addAndGet(project.latestForm().indicators().size());
            });
        }
        assertEquals(List.of(), problems);
        assertEquals(2_000, projects.get());
        assertEquals(200_000, indicators.get());
    }

    @Test
    void aLastRowCutShortIsAProblemNeverAShorterProject() throws IOException {
        String text = "year,unit,name,indicator,weight\n2024,某单位,项目1,指标1,50\n2024,某单位,项目1,指";
        Reading reading = csv.read(new StringReader(text), "cut.csv");
        assertEquals(List.of("cut.csv:3: this row has 4 cells and the header 5: the file may be cut off, or a comma or"
                + " quote in a cell is misplaced"), formatted(reading));
        assertEquals(List.of(), reading.projects());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAProblemToo() throws IOException {
        String text = "year,unit,name,indicator\n2024,某单位,项目1,指标1,,\n";
        assertEquals(List.of("wide.csv:2: this row has 6 cells and the header 4: the file may be cut off, or a comma or"
                + " quote in a cell is misplaced"), formatted(csv.read(new StringReader(text), "wide.csv")));
    }

    @Test
    void aRowLongerThanItsLimitIsRefusedBeforeItIsHeld() {
        String text = "year,unit,name,indicator\n2024,某单位,\"" + "长".repeat(10 * 1024 * 1024);
        Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> csv.read(new StringReader(text), "q.csv"));
        assertEquals(List.of("q.csv:2: the row starting here is longer than 2097152 characters (an unclosed quote?)"),
                formatted(reading));
    }

    @Test
    void aCellLongerThanACellMayBeIsRefusedAndNotRepeated() throws IOException {
        String text = "year,unit,name,indicator\n2024,某单位,项目1," + "长".repeat(1024 * 1024) + "\n";
        assertEquals(List.of("l.csv:2: indicator: 1048576 characters long, more than a cell's 32767"),
                formatted(csv.read(new StringReader(text), "l.csv")));
    }

    @Test
    void aControlCharacterIsRefusedAtItsLineAndColumn() throws IOException {
        String text = "year,unit,name,indicator\n2024,某单位,项目1,指标\u001b[2J\n";
        assertEquals(List.of("c.csv:2: indicator: character 3 is a control character, U+001B (␛): remove it"),
                formatted(csv.read(new StringReader(text), "c.csv")));
    }

    @Test
    void aControlCharacterAfterThousandsOfCleanRowsIsStillFoundInItsQuotedCell() throws IOException {
        StringBuilder text = new StringBuilder("year,unit,name,indicator,deviation\r\n");
        for (int i = 1; i <= 5000; i++) {
            text.append("2024,某单位,项目").append(i).append(",指标,\"说明\t第一行\r\n第二行\"\r\n");
        }
        text.append("2024,某单位,项目末,指标,\"说明\r\n\u0007\"\r\n");
        assertEquals(List.of("b.csv:10002: deviation: character 5 is a control character, U+0007 (␇): remove it"),
                formatted(csv.read(new StringReader(text.toString()), "b.csv")));
    }

    @Test
    void negativeMoneyAndWeightsAreRefusedAtTheirCells() throws IOException {
        String text = "year,unit,name,total_adjusted,total_executed,indicator,weight\n2024,某单位,项目1,-100,50,指标1,-5\n";
        assertEquals(List.of("n.csv:2: total_adjusted: may not be negative (-100)",
                "n.csv:2: weight: may not be negative (-5)"), formatted(csv.read(new StringReader(text), "n.csv")));
    }

    @Test
    void aYearOfZerosIsRefused() throws IOException {
        String text = "year,unit,name,indicator\n0000,某单位,项目1,指标1\n";
        assertEquals(List.of("y.csv:2: year: the year must be four digits from 1900 to 2199, not '0000'"),
                formatted(csv.read(new StringReader(text), "y.csv")));
    }

    @Test
    void twoProjectsWithOneCodeOrOneKeyAreRefused() throws IOException {
        String codes = "year,unit,name,code,indicator\n2024,某单位,项目1,X1,指标1\n2024,某单位,项目2,X1,指标1\n";
        assertEquals(List.of("c.csv:3: code: the code 'X1' is already the code of the project on line 2: a code belongs"
                + " to one project"), formatted(csv.read(new StringReader(codes), "c.csv")));
        String keys = "year,unit,name,code,indicator\n2024,某单位,项目1,X1,指标1\n2024,某单位,项目1,X2,指标1\n";
        assertEquals(List.of("k.csv:3: name: project '项目1' already appeared on line 2: a project's rows must be"
                + " together, and only once in a file"), formatted(csv.read(new StringReader(keys), "k.csv")));
    }

    @Test
    void aFileOfMoreRowsThanTheLimitStopsThere() throws IOException {
        Limits three = new Limits(32_767, 1024, 3, 10_000, 1024 * 1024, 1000, 16, 1024, 1024, 100, 1024, 100, 1000, 1000);
        String text = "year,unit,name,indicator\n2024,某单位,项目1,a\n2024,某单位,项目1,b\n2024,某单位,项目1,c\n";
        assertEquals(List.of("r.csv:4: the file has more than 3 rows, the limit: import it as several files"),
                formatted(new CsvExchange(three).read(new StringReader(text), "r.csv")));
    }

    @Test
    void aBrokenFileListsAThousandProblemsAndCountsTheRest() throws IOException {
        StringBuilder text = new StringBuilder("year,unit,name,indicator,weight\n");
        for (int row = 0; row < 5_000; row++) {
            text.append("2024,某单位,项目1,指标").append(row).append(",x\n");
        }
        List<String> problems = formatted(csv.read(new StringReader(text.toString()), "many.csv"));
        assertEquals(1_001, problems.size());
        assertEquals("many.csv: 4000 more problems not listed", problems.get(1_000));
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedAndReadBack() throws IOException {
        Project project = project(Indicator.of("产出指标", "质量指标", "\t=1+1", "\r=2", "@SUM(A1)", null, null, "-x"));
        StringWriter out = new StringWriter();
        csv.write(years(List.of(project)), out);
        assertTrue(out.toString().contains(",'\t=1+1,\"'\r=2\",'@SUM(A1),"), out.toString());
        assertEquals(List.of(project), clean(csv.read(new StringReader(out.toString()), "f.csv")));
    }

    /**
     * Files of years with stages, each year once in its file as an export writes it: the whole year of
     * 工作服置装费 at each stage it goes through, one changed apart, and the monitoring example.
     */
    static List<List<ProjectYear>> stagedFiles() {
        return List.of(List.of(FullYear.declaration()), List.of(FullYear.adjusted()), List.of(FullYear.monitored()),
                List.of(FullYear.evaluated()), List.of(FullYear.diverged().lockAgain(StageKind.DECLARATION)),
                DemoForms.read(DemoForms.MONITORING).years());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EN", "ZH"})
    void everyStageOfEveryYearWrittenToCsvReadsBackExactly(Language headers) throws IOException {
        for (List<ProjectYear> years : stagedFiles()) {
            StringWriter out = new StringWriter();
            csv.write(years, out, headers);
            String header = out.toString().lines().findFirst().orElseThrow();
            assertTrue(header.contains(headers == Language.ZH ? "阶段" : "stages"), header);
            Reading reading = csv.read(new StringReader(out.toString()), "years.csv");
            assertEquals(List.of(), formatted(reading));
            assertEquals(years, reading.years());
        }
    }

    @Test
    void formsWithoutStagesGetOnlyTheStagesColumnBesideTheirOwn() throws IOException {
        StringWriter out = new StringWriter();
        csv.write(years(demo(DemoForms.DECLARATIONS)), out);
        String header = out.toString().lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",grade,stages"), header);
    }

    @Test
    void aMonitoringCellOffTheFormsListIsAProblemAtItsLineAndColumn() throws IOException {
        String text = "年度,实施单位,项目名称,三级指标,年度指标值,监控月份,1–M月实际完成值,完成目标可能性,偏差原因\n"
                + "2025,某单位,项目1,培训人次,≥300(个),7,160(个),确定能,经费保障\n"
                + "2025,某单位,项目1,课程,≥10(门),7,3(门),大概,天气\n";
        Reading reading = csv.read(new StringReader(text), "m.csv");
        assertEquals(List.of("m.csv:3: 完成目标可能性: must be 确定能, 有可能 or 完全不可能",
                "m.csv:3: 偏差原因: the causes must be among " + "经费保障 (funding), 制度保障 (rules and procedures), "
                        + "人员保障 (staff), 硬件条件保障 (equipment and facilities), 其他 (other)"), formatted(reading));
    }

    @Test
    void aMonitoringReturnWithoutItsMonthIsAProblem() throws IOException {
        String text = "year,unit,name,indicator,target,progress\n2025,某单位,项目1,培训人次,≥300(个),160(个)\n";
        assertEquals(List.of("m.csv:2: monitoring_month: a monitoring return needs its month (1 to 12)"),
                formatted(csv.read(new StringReader(text), "m.csv")));
    }

    private Reading read(Path file, Charset encoding) throws IOException {
        return read(file, encoding, file.getFileName().toString());
    }

    private Reading read(Path file, Charset encoding, String source) throws IOException {
        try (Reader in = Files.newBufferedReader(file, encoding)) {
            return csv.read(in, source);
        }
    }

    /** A file read as import reads it without --encoding. */
    private Reading guessed(Path file) throws IOException {
        List<ProjectYear> years = new ArrayList<>();
        List<Problem> problems = csv.read(file, Optional.empty(), years::add, DigestedFile.none());
        return problems.isEmpty() ? new Reading(years, List.of()) : new Reading(List.of(), problems);
    }

    static Path fixture(String name) {
        try {
            return Path.of(CsvExchangeTest.class.getResource("/exchange/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Project> demo(String name) {
        return clean(DemoForms.read(name));
    }

    static List<Project> clean(Reading reading) {
        assertEquals(List.of(), formatted(reading));
        return reading.projects();
    }

    static List<String> formatted(Reading reading) {
        return formatted(reading.problems());
    }

    static List<String> formatted(List<Problem> problems) {
        return problems.stream().map(problem -> problem.format(Language.EN)).toList();
    }

    static Project project(Indicator indicator) {
        return new Project(ProjectKey.of(2024, "某单位", "项目1"), Profile.EMPTY,
                new Funding("万元", Map.of(FundingSource.TOTAL, FundingLine.of(new BigDecimal("1.50"), null, null))),
                Goals.EMPTY, List.of(indicator), Published.NONE);
    }

    /** Forms from elsewhere as the years they make: the stage each one's data shows. */
    private static List<ProjectYear> years(List<Project> projects) {
        return projects.stream().map(ProjectYear::ofForm).toList();
    }
}
