package jixiao.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import jixiao.domain.Forms;
import jixiao.domain.project.Indicator;
import org.junit.jupiter.api.Test;

class TrendIndicatorTest {

    @Test
    void eachYearHasItsRowOrNone() {
        TreeMap<Integer, Indicator> byYear = new TreeMap<>();
        byYear.put(2025, Forms.indicator("≥4(套)", "", null));
        byYear.put(2024, Forms.indicator("≥75(套)", "78(套)", "10"));
        TrendIndicator row = new TrendIndicator("产出指标", "数量指标", "工作服数量", byYear);
        assertEquals(List.of(2024, 2025), List.copyOf(row.byYear().keySet()));
        assertEquals("78(套)", row.in(2024).orElseThrow().actual().text());
        assertEquals(Optional.empty(), row.in(2023));
        assertThrows(UnsupportedOperationException.class, () -> row.byYear().clear());
    }
}
