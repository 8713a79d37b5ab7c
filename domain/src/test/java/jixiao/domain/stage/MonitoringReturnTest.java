package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Map;
import jixiao.domain.Forms;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FundingSource;
import org.junit.jupiter.api.Test;

class MonitoringReturnTest {

    private final MonitoringReturn started = MonitoringReturn.start(Years.declared(), Month.JULY);

    @Test
    void aReturnStartsOnTheFormWithOneEmptyProgressRowPerIndicator() {
        assertEquals(Years.declared(), started.form());
        assertEquals(5, started.indicators().size());
        assertEquals(IndicatorProgress.EMPTY, started.progress(4));
        assertEquals(FundingProgress.EMPTY, started.funding(FundingSource.TOTAL));
        assertEquals(List.of(FundingSource.values()), List.copyOf(started.funding().keySet()));
        assertEquals(StageKind.MONITORING, started.kind());
    }

    @Test
    void thePeriodIsWrittenAsTheFormsColumnsWriteIt() {
        assertEquals(new Bilingual("1–7月", "Jan–Jul"), started.period());
        assertEquals(new Bilingual("1月", "Jan"), started.withMonth(Month.JANUARY).period());
        assertEquals(new Bilingual("1–12月", "Jan–Dec"), started.withMonth(Month.DECEMBER).period());
    }

    @Test
    void progressIsReportedRowByRowAndLineByLine() {
        MonitoringReturn reported = started.withProgress(1, IndicatorProgress.EMPTY.withProgress("3(套)"))
                .withFunding(FundingSource.TOTAL, FundingProgress.of(new BigDecimal("6000.00"), new BigDecimal("10000.00")))
                .withBudgetCause("").withConclusion(Conclusion.EMPTY.withSummary("进展正常"));
        assertEquals("3(套)", reported.progress(1).progress().text());
        assertEquals(IndicatorProgress.EMPTY, reported.progress(0));
        assertEquals(new BigDecimal("6000.00"), reported.funding(FundingSource.TOTAL).executed().orElseThrow());
        assertEquals("进展正常", reported.conclusion().summary());
    }

    @Test
    void theMonitoredFormMayChangeButKeepsOneRowPerIndicator() {
        assertEquals(Years.declared().withGoals(Years.declared().goals().withAnnual("统一着装")),
                started.withForm(Years.declared().withGoals(Years.declared().goals().withAnnual("统一着装"))).form());
        assertThrows(IllegalArgumentException.class, () -> started.withForm(Years.declared()
                .withIndicators(Years.declared().indicators().subList(0, 2))));
    }

    @Test
    void theMonitoredFormHoldsTargetsOnlyAndOneRowPerIndicator() {
        assertThrows(IllegalArgumentException.class, () -> MonitoringReturn.start(Forms.clean().build(), Month.JULY));
        assertThrows(IllegalArgumentException.class, () -> new MonitoringReturn(Years.declared(), Month.JULY, Map.of(), "",
                List.of(IndicatorProgress.EMPTY), Conclusion.EMPTY));
    }
}
