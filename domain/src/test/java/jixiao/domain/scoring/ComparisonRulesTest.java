package jixiao.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Set;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.target.Comparator;
import jixiao.domain.target.Quantity;
import jixiao.domain.target.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the table in scoring.md §3, rule by rule, under national-2020. */
class ComparisonRulesTest {

    @ParameterizedTest(name = "{0} T={1} A={2} W={3} scores {4} ({5})")
    @CsvSource(delimiter = '|', value = {
        // ≥: met scores W; not met W × A / T; 0 when A ≤ 0
        "AT_LEAST|20|85|6|6.00|MET",
        "AT_LEAST|20|20|6|6.00|MET",
        "AT_LEAST|360|144|5|2.00|NOT_MET",
        "AT_LEAST|3|2|10|6.67|NOT_MET",
        "AT_LEAST|1000000|0|2|0.00|NOT_MET",
        "AT_LEAST|5|-1|4|0.00|NOT_MET",
        "AT_LEAST|0|0|20|20.00|MET",
        // >: met scores W; A = T scores W (ratio 1, flagged); below: W × A / T
        "MORE_THAN|10659|470000|5|5.00|MET",
        "MORE_THAN|100|100|5|5.00|NOT_MET",
        "MORE_THAN|100|80|5|4.00|NOT_MET",
        "MORE_THAN|100|0|5|0.00|NOT_MET",
        // ≤: met scores W; not met W × T / A; 0 when T = 0
        "AT_MOST|5|2|4|4.00|MET",
        "AT_MOST|5|5|4|4.00|MET",
        "AT_MOST|5|6|10|8.33|NOT_MET",
        "AT_MOST|0|1|10|0.00|NOT_MET",
        // <: met scores W; A = T scores W (flagged); above: W × T / A
        "LESS_THAN|5|4|3|3.00|MET",
        "LESS_THAN|5|5|3|3.00|NOT_MET",
        "LESS_THAN|5|10|3|1.50|NOT_MET",
        "LESS_THAN|0|2|3|0.00|NOT_MET",
        // =: met scores W; below W × A / T; above W (flagged); T = 0 and above: 0
        "EQUAL|100|100|4|4.00|MET",
        "EQUAL|100|90|4|3.60|NOT_MET",
        "EQUAL|4|10|2|2.00|MET",
        "EQUAL|0|0|5|5.00|MET",
        "EQUAL|0|1|5|0.00|NOT_MET"})
    void scoresEveryRowOfTheTable(Comparator comparator, String target, String actual, String weight, String score,
            Status status) {
        Suggestion suggestion = ComparisonRule.of(comparator)
                .score(quantity(target), quantity(actual), new BigDecimal(weight), RuleSets.national2020());
        assertEquals(new BigDecimal(score), suggestion.score().orElseThrow());
        assertEquals(status, suggestion.status());
    }

    @ParameterizedTest(name = "{0} T={1} A={2} is flagged {3}")
    @CsvSource(delimiter = '|', value = {
        "MORE_THAN|100|100|EQUALS_STRICT_TARGET",
        "LESS_THAN|5|5|EQUALS_STRICT_TARGET",
        "EQUAL|4|10|OVER_TARGET",
        "AT_LEAST|20|41|OVER_TARGET",
        "MORE_THAN|10659|470000|OVER_TARGET"})
    void flagsWhatAReviewerShouldLookAt(Comparator comparator, String target, String actual, Flag flag) {
        Suggestion suggestion = ComparisonRule.of(comparator)
                .score(quantity(target), quantity(actual), BigDecimal.TEN, RuleSets.national2020());
        assertEquals(Set.of(flag), suggestion.flags());
    }

    @ParameterizedTest(name = "{0} T={1} A={2} is not flagged")
    @CsvSource(delimiter = '|', value = {
        "AT_LEAST|20|40", "AT_LEAST|20|20", "MORE_THAN|20|40", "EQUAL|4|4", "AT_LEAST|0|5", "AT_MOST|5|1"})
    void exactlyTwiceTheTargetIsNotYetOverTarget(Comparator comparator, String target, String actual) {
        Suggestion suggestion = ComparisonRule.of(comparator)
                .score(quantity(target), quantity(actual), BigDecimal.TEN, RuleSets.national2020());
        assertEquals(Set.of(), suggestion.flags());
    }

    private static Quantity quantity(String number) {
        return new Quantity(new BigDecimal(number), Unit.NONE);
    }
}
