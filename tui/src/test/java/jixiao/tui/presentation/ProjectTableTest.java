package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Revision;
import jixiao.domain.scoring.Grade;
import jixiao.domain.stage.StageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTableTest {

    private static final String UNIT = "上海市医药集中招标采购事务管理所（上海医药采购中心）";

    private final ProjectSummary audit = summary(1, 2024, "财务专项审计和资产评估鉴定费", FormKind.SELF_EVALUATION,
            new BigDecimal("99.32"), Grade.EXCELLENT, 0, 2);
    private final ProjectSummary declaration = summary(2, 2025, "Research Fund 课题经费", FormKind.DECLARATION, null, null, 1, 0);

    @Test
    void aProjectMatchesASearchInItsName() {
        assertTrue(ProjectTable.matches(audit, "审计"));
        assertFalse(ProjectTable.matches(audit, "课题"));
    }

    @Test
    void aProjectMatchesASearchInItsUnit() {
        assertTrue(ProjectTable.matches(audit, "医药采购中心"));
    }

    @Test
    void searchingIgnoresCaseAndSurroundingSpaceAndBlankMatchesAll() {
        assertTrue(ProjectTable.matches(declaration, "  research fund "));
        assertTrue(ProjectTable.matches(declaration, "   "));
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void theHeaderAndRowsAreExactlyTheScreenWide(int width) {
        ProjectTable table = new ProjectTable(Language.ZH, width);

        assertEquals(width, Columns.width(table.header().text()), table.header().text());
        for (Line row : table.rows(List.of(audit, declaration), new Viewport(0, 5), 0)) {
            assertEquals(width, Columns.width(row.text()), row.text());
        }
    }

    @Test
    void aRowShowsYearUnitNameFormTotalGradeAndCounts() {
        ProjectTable table = new ProjectTable(Language.ZH, 80);

        String row = table.rows(List.of(audit), new Viewport(0, 1), -1).get(0).text();

        assertTrue(row.startsWith("2024 上海市医药集中招…  财务专项审计和资产评估鉴定费"), row);
        assertTrue(row.endsWith("自评  99.32 优       0/2"), row);
    }

    @Test
    void aDeclarationHasNoTotalOrGrade() {
        ProjectTable table = new ProjectTable(Language.EN, 80);

        String row = table.rows(List.of(declaration), new Viewport(0, 1), -1).get(0).text();

        assertTrue(row.endsWith("decl                 1/0"), row);
    }

    @Test
    void theSelectedRowIsSelectedAndARowWithErrorsIsRed() {
        ProjectTable table = new ProjectTable(Language.ZH, 80);

        List<Line> rows = table.rows(List.of(audit, declaration), new Viewport(0, 2), 0);

        assertEquals(Tone.SELECTED, rows.get(0).segments().get(0).tone());
        assertEquals(Tone.ERROR, rows.get(1).segments().get(0).tone());
    }

    private static ProjectSummary summary(long id, int year, String name, FormKind kind, BigDecimal total, Grade grade,
            int errors, int warnings) {
        StageKind stage = kind == FormKind.DECLARATION ? StageKind.DECLARATION : StageKind.SELF_EVALUATION;
        return new ProjectSummary(id, ProjectKey.of(year, UNIT, name), stage, Optional.empty(), Optional.ofNullable(total),
                Optional.ofNullable(grade), errors, warnings, 12, new Revision(1, Instant.EPOCH, "test"));
    }
}
