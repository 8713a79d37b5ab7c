package jixiao.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"100,优", "90,优", "89.99,良", "80,良", "79.99,中", "60,中", "59.99,差", "0,差"})
    void gradesTotalsAtTheThresholdsOfTheRuleSet(String total, String grade) {
        assertEquals(grade, Grade.of(new BigDecimal(total), RuleSets.national2020()).symbol());
    }
}
