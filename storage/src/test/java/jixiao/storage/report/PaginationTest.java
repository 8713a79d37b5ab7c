package jixiao.storage.report;

import static jixiao.storage.report.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PaginationTest {

    static List<Project> everyPublishedForm() {
        return Fixtures.everyPublishedForm().toList();
    }

    @ParameterizedTest
    @MethodSource("everyPublishedForm")
    void everyPageFitsItsHeightAndStartsWithTheTitle(Project project) {
        Grid form = grid(project);
        List<Grid> pages = Pagination.pages(form);
        for (int i = 0; i < pages.size(); i++) {
            Grid page = pages.get(i);
            double height = Arrays.stream(RowHeights.of(page)).sum();
            assertTrue(height <= Pagination.PAGE_POINTS || page.rows() <= 4, "page " + (i + 1) + " is " + height + " pt");
            String title = page.cells().stream().filter(cell -> cell.row() == 0).findFirst().orElseThrow().text();
            assertEquals(form.heading().title() + (i == 0 ? "" : "（续表）"), title);
        }
    }

    @Test
    void aLongFormRepeatsItsTableHeaderAndKeepsEveryRowOnce() {
        Project project = published("信息化运维项目", 2025);
        Grid form = grid(project);
        List<Grid> pages = Pagination.pages(form);
        assertEquals(3, pages.size(), "39 indicators");
        int rows = 0;
        for (Grid page : pages) {
            String header = page.cells().stream().filter(cell -> cell.row() == page.headerRow() && cell.column() == 3)
                    .findFirst().orElseThrow().text();
            assertEquals("三级指标", header);
            rows += page.rows() - page.headerRow() - 1;
        }
        assertEquals(project.indicators().size(), rows);
    }

    @Test
    void onlyTheFirstPageOfAShortFormIsPrinted() {
        assertEquals(1, Pagination.pages(grid(published("工作服置装费", 2025))).size());
    }

    @Test
    void aPageWithNothingButNotesHasNoTableHeader() {
        Grid form = grid(published("课题经费", 2024));
        List<Grid> pages = Pagination.pages(form, Arrays.stream(RowHeights.of(form)).limit(form.notesFrom()).sum());
        Grid last = pages.get(pages.size() - 1);
        assertEquals(2, last.notesFrom(), "the notes follow the title and caption");
        assertEquals(-1, last.headerRow());
    }

    private static Grid grid(Project project) {
        return FormLayout.of(Fixtures.form(project));
    }
}
