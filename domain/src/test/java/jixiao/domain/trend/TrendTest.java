package jixiao.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Grade;
import jixiao.domain.scoring.Scorer;
import org.junit.jupiter.api.Test;

class TrendTest {

    private final Scorer scorer = new Scorer(RuleSets.national2020());
    private final Project declared2025 = Workwear.declared2025().build();
    private final Project evaluated2024 = Workwear.evaluated2024().build();

    @Test
    void showsTheSameProjectOverTheYearsOldestFirst() {
        Trend trend = Trend.of(declared2025, List.of(Workwear.otherProject2024(), evaluated2024, declared2025), scorer);
        assertEquals(List.of(2024, 2025), trend.years().stream().map(TrendYear::year).toList());
        assertEquals(evaluated2024, trend.year(2024).orElseThrow().form());
        assertEquals(MatchedBy.UNIT_AND_NAME, trend.year(2024).orElseThrow().matchedBy());
        assertEquals(MatchedBy.SUBJECT, trend.year(2025).orElseThrow().matchedBy());
    }

    @Test
    void aSelfEvaluationYearHasItsRateTotalAndGradeAndADeclarationNone() {
        Trend trend = Trend.of(declared2025, List.of(evaluated2024), scorer);
        TrendYear last = trend.year(2024).orElseThrow();
        assertEquals(Optional.of(new BigDecimal("85.82")), last.executionRate());
        assertEquals(Optional.of(new BigDecimal("98.58")), last.total());
        assertEquals(Optional.of(Grade.EXCELLENT), last.grade());
        TrendYear next = trend.year(2025).orElseThrow();
        assertEquals(Optional.empty(), next.total());
        assertEquals(Optional.empty(), next.executionRate());
    }

    @Test
    void moneyInWanYuanAndInYuanIsShownInYuan() {
        Trend trend = Trend.of(declared2025, List.of(evaluated2024), scorer);
        assertEquals(Optional.of("元"), trend.moneyUnit());
        assertEquals(Optional.of(new BigDecimal("220000.00")), trend.year(2024).orElseThrow().funding().adjusted());
        assertEquals(Optional.of(new BigDecimal("188800.00")), trend.year(2024).orElseThrow().funding().executed());
        assertEquals(Optional.of(new BigDecimal("10000.00")), trend.year(2025).orElseThrow().funding().initial());
    }

    @Test
    void moneyInOneUnitStaysAsWritten() {
        Project evaluated2023 = Workwear.evaluated2024().year(2023).build();
        Trend trend = Trend.of(evaluated2024, List.of(evaluated2023), scorer);
        assertEquals(Optional.of("万元"), trend.moneyUnit());
        assertEquals(Optional.of(new BigDecimal("22.00")), trend.year(2023).orElseThrow().funding().adjusted());
    }

    @Test
    void aUnitThatCannotBeConvertedLeavesEachYearInItsOwn() {
        Project inThousands = Workwear.evaluated2024().money("千元").build();
        Trend trend = Trend.of(declared2025, List.of(inThousands), scorer);
        assertEquals(Optional.empty(), trend.moneyUnit());
        assertEquals(Optional.of(new BigDecimal("22.00")), trend.year(2024).orElseThrow().funding().adjusted());
    }

    @Test
    void indicatorsStandSideBySideByNameInTheLatestYearsOrder() {
        Trend trend = Trend.of(declared2025, List.of(evaluated2024), scorer);
        TrendIndicator workwear = trend.indicators().get(1);
        assertEquals("工作服数量", workwear.name());
        assertEquals("≥75.00(套)", workwear.in(2024).orElseThrow().target().text());
        assertEquals("78.00(套)", workwear.in(2024).orElseThrow().actual().text());
        assertEquals("≥4(套)", workwear.in(2025).orElseThrow().target().text());
        assertEquals("成本控制率", trend.indicators().get(0).name());
        assertEquals(Optional.empty(), trend.indicators().get(0).in(2024));
        TrendIndicator dropped = trend.indicators().get(trend.indicators().size() - 1);
        assertEquals("管理部门满意度", dropped.name());
        assertEquals(Optional.empty(), dropped.in(2025));
        assertEquals(13, trend.indicators().size());
    }

    @Test
    void aProjectWithNoOtherYearIsATrendOfOne() {
        Trend trend = Trend.of(declared2025, List.of(Workwear.otherProject2024()), scorer);
        assertEquals(1, trend.years().size());
        assertTrue(trend.indicators().stream().allMatch(row -> row.byYear().keySet().equals(java.util.Set.of(2025))));
    }
}
