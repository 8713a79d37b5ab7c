package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jixiao.domain.register.Change;
import jixiao.domain.register.FieldChange;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Snapshot;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by version 0.1 (commit c41b3b5; see {@code v0.1/README.md}), opened by this
 * version: the rule sets it named by text are stored, every project scores as before where its
 * set still exists, and the history reads every old change.
 */
class RuleSetMigrationTest {

    private static final Instant UPGRADED = Instant.parse("2026-11-29T09:00:00Z");

    /** id → total and grade as version 0.1 listed them (its cached scores), self-evaluations only. */
    private static final Map<Long, String> LISTED_BY_0_1 = Map.of(1L, "99.89 EXCELLENT 0/4", 2L, "99.32 EXCELLENT 0/2",
            3L, "96.58 EXCELLENT 1/1", 4L, "98.89 EXCELLENT 0/3", 5L, "93.50 EXCELLENT 0/5", 6L, "96.00 EXCELLENT 0/2",
            7L, "99.96 EXCELLENT 0/2", 15L, "109.79 EXCELLENT 0/4", 16L, "106.14 EXCELLENT 1/2");

    @TempDir
    Path folder;

    @Test
    void everyProjectWhoseRuleSetStillExistsScoresAsVersion01ListedIt() throws Exception {
        Database database = openCopy(true);
        assertEquals(Migrations.current(), database.info().schemaVersion());
        Map<Long, String> listed = database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> LISTED_BY_0_1.containsKey(summary.id()))
                .collect(Collectors.toMap(ProjectSummary::id, RuleSetMigrationTest::figures));
        assertEquals(LISTED_BY_0_1, listed);
        assertEquals(16, database.projects().list(ProjectFilter.ALL).size());
    }

    @Test
    void theRuleSetFileBesideTheDatabaseIsStoredWithItsProjects() throws Exception {
        Database database = openCopy(true);
        assertEquals("training-20", database.projects().find(15).orElseThrow().ruleSet().name());
        assertEquals(new BigDecimal("20"), database.projects().find(16).orElseThrow().ruleSet().executionWeight());
        assertEquals(RuleSets.national2020(), database.projects().find(1).orElseThrow().ruleSet());
        assertEquals(1, database.projects().find(15).orElseThrow().revision().number() - 1, "kept its revision 2");
    }

    @Test
    void aProjectWhoseRuleSetFileIsGoneFallsBackToNational2020AndItsHistorySaysSo() throws Exception {
        Database database = openCopy(true);
        ProjectSummary gone = summary(database, 17);
        assertEquals("93.50 EXCELLENT", figures(gone).substring(0, "93.50 EXCELLENT".length()),
                "was 93.50 良 under the deleted provincial set (优 from 95)");
        assertEquals(2, gone.revision().number());
        assertEquals(UPGRADED, gone.revision().savedAt());
        Change last = last(database.auditLog().history(17));
        assertEquals(Change.Action.UPDATE, last.action());
        assertEquals(List.of(new FieldChange("rule_set", "", "national-2020")), last.fieldChanges());
        String note = last.note().orElseThrow().en();
        assertTrue(note.contains("'gone/provincial.properties' no longer existed")
                && note.contains("its total under the old rule set was 93.50 良"), note);
    }

    @Test
    void withoutItsFileATrainersProjectFallsBackToo() throws Exception {
        Database database = openCopy(false);
        assertEquals(RuleSets.national2020(), database.projects().find(15).orElseThrow().ruleSet());
        assertEquals("99.89 EXCELLENT 0/4", figures(summary(database, 15)));
        assertTrue(last(database.auditLog().history(16)).note().orElseThrow().en()
                .contains("its total under the old rule set was 106.14 优"));
    }

    @Test
    void theHistoryReadsEveryChangeVersion01Wrote() throws Exception {
        Database database = openCopy(true);
        int changes = 0;
        for (long id = 1; id <= 17; id++) {
            for (Change change : database.auditLog().history(id)) {
                assertTrue(change.action() == Change.Action.INSERT || change.before().isPresent(), change.toString());
                assertTrue(change.action() == Change.Action.DELETE || change.after().isPresent(), change.toString());
                changes++;
            }
        }
        assertEquals(21 + 1, changes, "21 written by 0.1, one for the rule set that fell back");
        Change edited = database.auditLog().history(16).get(1);
        assertEquals(List.of(new FieldChange("self-evaluation.indicators[2].actual", "1.00(次)", "0.50(次)"),
                new FieldChange("self-evaluation.indicators[2].score", "5.00", "")), edited.fieldChanges(),
                "the text UI released the printed score when the actual changed");
        assertEquals(Optional.empty(), edited.after().flatMap(Snapshot::ruleSet), "0.1 did not record rule sets");
        assertEquals(Change.Action.DELETE, last(database.auditLog().history(10)).action());
    }

    @Test
    void openingTheUpgradedFileAgainChangesNothing() throws Exception {
        Path file = copy(true);
        long changes = Database.open(file, clock(), "upgrader").info().changes();
        Database again = Database.open(file, clock(), "upgrader");
        assertEquals(changes, again.info().changes());
        assertEquals(2, summary(again, 17).revision().number());
    }

    private Database openCopy(boolean withTrainingFile) throws Exception {
        return Database.open(copy(withTrainingFile), clock(), "upgrader");
    }

    private Path copy(boolean withTrainingFile) throws Exception {
        Path fixture = Path.of(RuleSetMigrationTest.class.getResource("v0.1/jixiao-0.1.db").toURI()).getParent();
        Path file = Files.copy(fixture.resolve("jixiao-0.1.db"), folder.resolve("jixiao.db"));
        if (withTrainingFile) {
            Files.copy(fixture.resolve("training-20.properties"), folder.resolve("training-20.properties"));
        }
        return file;
    }

    private static Clock clock() {
        return Clock.fixed(UPGRADED, ZoneOffset.UTC);
    }

    private static ProjectSummary summary(Database database, long id) {
        return database.projects().list(ProjectFilter.ALL).stream().filter(summary -> summary.id() == id)
                .findFirst().orElseThrow();
    }

    private static String figures(ProjectSummary summary) {
        return summary.total().map(BigDecimal::toPlainString).orElse("-") + " "
                + summary.grade().map(Grade::name).orElse("-") + " " + summary.errors() + "/" + summary.warnings();
    }

    private static Change last(List<Change> history) {
        return history.get(history.size() - 1);
    }
}
