package jixiao.storage.report;

import static jixiao.storage.report.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SelfEvaluationColumnsTest {

    static List<Project> selfEvaluations() {
        return Fixtures.selfEvaluations();
    }

    @ParameterizedTest
    @MethodSource("selfEvaluations")
    void theColumnsFillThePageExactly(Project project) {
        assertEquals(SelfEvaluationColumns.PAGE_UNITS,
                SelfEvaluationColumns.widths(project).stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void formsWithLongDeviationNotesGiveThemTheRoomOthersGiveToIndicatorNames() {
        List<Integer> noted = SelfEvaluationColumns.widths(published("课题经费", 2024));
        List<Integer> plain = SelfEvaluationColumns.widths(published("信息化运维项目", 2024));
        assertTrue(noted.get(8) > plain.get(8), noted + " against " + plain);
        assertTrue(noted.get(3) < plain.get(3), noted + " against " + plain);
    }

    @Test
    void theMoneyColumnsHoldTheWidestAmountOnOneLine() {
        Project millions = Fixtures.cases().get(0);
        List<Integer> widths = SelfEvaluationColumns.widths(millions);
        int needed = RowHeights.units("12,345,678.00");
        assertTrue(widths.get(3) >= needed && widths.get(4) >= needed && widths.get(5) >= needed, widths.toString());
        assertEquals(SelfEvaluationColumns.PAGE_UNITS, widths.stream().mapToInt(Integer::intValue).sum());
    }
}
