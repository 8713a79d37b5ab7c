package jixiao.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"360.00,360", "0.38,0.38", "0.00,0", "1E+3,1000", "1000000.00,1000000", "-3.50,-3.5"})
    void explanationsShowTheNumberWithoutTrailingZerosOrExponent(String number, String shown) {
        assertEquals(shown, new Quantity(new BigDecimal(number), Unit.NONE).plainNumber());
    }
}
