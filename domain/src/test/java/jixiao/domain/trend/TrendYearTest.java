package jixiao.domain.trend;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import jixiao.domain.project.FundingLine;
import org.junit.jupiter.api.Test;

class TrendYearTest {

    @Test
    void aYearHasItsFormAndSaysHowItWasMatched() {
        assertThrows(NullPointerException.class, () -> new TrendYear(2024, Workwear.evaluated2024().build(), null,
                FundingLine.EMPTY, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new TrendYear(2024, null, MatchedBy.SUBJECT,
                FundingLine.EMPTY, Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
