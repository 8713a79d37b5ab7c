package jixiao.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparatorTest {

    @ParameterizedTest(name = "{1} {0} {2} holds: {3}")
    @CsvSource(delimiter = '|', value = {
        "AT_LEAST|96|95|true", "AT_LEAST|95.00|95|true", "AT_LEAST|94.99|95|false",
        "MORE_THAN|96|95|true", "MORE_THAN|95|95|false",
        "AT_MOST|5|5|true", "AT_MOST|5.01|5|false",
        "LESS_THAN|4|5|true", "LESS_THAN|5|5|false",
        "EQUAL|100.00|100|true", "EQUAL|99|100|false"})
    void aValueHoldsForATargetAsTheComparatorSays(Comparator comparator, String value, String target, boolean holds) {
        assertEquals(holds, comparator.holds(new BigDecimal(value), new BigDecimal(target)));
    }

    @ParameterizedTest(name = "{0} is reverse: {1}")
    @CsvSource({"AT_LEAST,false", "MORE_THAN,false", "AT_MOST,true", "LESS_THAN,true", "EQUAL,false"})
    void onlyUpperBoundsAreReverseTargets(Comparator comparator, boolean reverse) {
        assertEquals(reverse, comparator.isReverse());
    }
}
