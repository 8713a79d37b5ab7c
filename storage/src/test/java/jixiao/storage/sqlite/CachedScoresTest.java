package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Severity;
import jixiao.domain.monitoring.Light;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.StoredProject;
import jixiao.domain.review.StageReview;
import jixiao.domain.review.StageReviewer;
import jixiao.domain.scoring.Grade;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.demo.FullYear;
import jixiao.storage.exchange.CsvExchange;
import jixiao.storage.exchange.JsonReader;
import jixiao.storage.exchange.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results an import caches in a year's row are what the full review of the stored year shows, with
 * every finding's message and every explanation read: the review writes its words only when they are
 * read, and counting must not depend on it. Held over every fixture of the repository.
 */
class CachedScoresTest {

    /** What a row caches, as {@code list} shows it. */
    private record Seen(StageKind stage, Optional<Light> light, Optional<BigDecimal> total, Optional<Grade> grade,
            int errors, int warnings) {
    }

    @TempDir
    Path folder;

    @Test
    void everyFixtureImportedCachesWhatTheFullReviewOfItsYearShows() throws Exception {
        List<List<ProjectYear>> fixtures = fixtures();
        int compared = 0;
        for (int i = 0; i < fixtures.size(); i++) {
            Database database = Database.open(folder.resolve(i + ".db"));
            try (Import batch = database.startImport(Optional.empty())) {
                fixtures.get(i).forEach(year -> batch.put(year, "fixture"));
                batch.commit();
            }
            for (ProjectSummary row : database.projects().list(ProjectFilter.ALL)) {
                StoredProject stored = database.projects().find(row.id()).orElseThrow();
                assertEquals(fullReview(stored), new Seen(row.stage(), row.light(), row.total(), row.grade(),
                        row.errors(), row.warnings()), stored.year().key().toString());
                compared++;
            }
        }
        assertTrue(compared >= 36, "only " + compared + " years compared: a fixture read none");
    }

    /** The latest stage's review with every word of it read, and the monitoring return's light. */
    private static Seen fullReview(StoredProject stored) {
        StageReviewer reviewer = new StageReviewer(stored.ruleSet());
        StageReview review = reviewer.review(stored.year());
        review.scorecard().totalExplanation().steps();
        review.scorecard().execution().ifPresent(execution -> execution.explanation().steps());
        review.scorecard().indicators().stream().map(IndicatorScore::explanation).forEach(explained -> explained.steps());
        review.findings().forEach(Finding::message);
        Optional<Light> light = stored.year().monitoring()
                .flatMap(monitored -> reviewer.review(stored.year(), StageKind.MONITORING).light());
        return new Seen(review.stage(), light, review.scorecard().total(), review.scorecard().grade(),
                count(review, Severity.ERROR), count(review, Severity.WARNING));
    }

    private static int count(StageReview review, Severity severity) {
        return (int) review.findings().stream().filter(finding -> finding.severity() == severity).count();
    }

    /** Each fixture's years, one database each: the examples, a year of every stage, the test files. */
    private static List<List<ProjectYear>> fixtures() throws IOException, URISyntaxException {
        List<List<ProjectYear>> fixtures = new ArrayList<>();
        for (String name : List.of(DemoForms.SELF_EVALUATIONS, DemoForms.DECLARATIONS, DemoForms.MONITORING)) {
            fixtures.add(DemoForms.read(name).years());
        }
        fixtures.add(List.of(FullYear.evaluated()));
        fixtures.add(List.of(FullYear.monitored()));
        fixtures.add(List.of(FullYear.adjusted()));
        for (String name : List.of("/jixiao/storage/report/printout-cases.json",
                "/jixiao/storage/report/control-characters.json", "/jixiao/storage/sqlite/v0.1/inputs/trainer-forms.json",
                "/jixiao/storage/sqlite/v0.1/inputs/gone-forms.json")) {
            try (InputStream in = CachedScoresTest.class.getResourceAsStream(name)) {
                fixtures.add(new JsonReader().read(in, name).years());
            }
        }
        Path exchange = Path.of(CachedScoresTest.class.getResource("/exchange").toURI());
        try (Stream<Path> files = Files.list(exchange)) {
            for (Path csv : files.filter(file -> file.toString().endsWith(".csv")).sorted().toList()) {
                readable(csv).ifPresent(fixtures::add);
            }
        }
        return fixtures;
    }

    /** A CSV fixture's years; empty for the ones made to be refused. */
    private static Optional<List<ProjectYear>> readable(Path csv) throws IOException {
        List<ProjectYear> years = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, CsvExchange.detect(csv))) {
            List<Problem> problems = new CsvExchange().read(in, csv.toString(), years::add);
            return problems.isEmpty() ? Optional.of(years) : Optional.empty();
        }
    }
}
