package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyUnitTest {

    @Test
    void formsThatAgreeKeepTheirUnit() {
        MoneyUnit unit = MoneyUnit.common(List.of("万元", "万元 "));
        assertEquals("金额单位：万元", unit.caption());
        assertEquals("485.55", unit.value(Optional.of(new BigDecimal("485.55")), "万元").printed());
    }

    @Test
    void formsThatMixYuanAndWanYuanAreSummedInYuanExactly() {
        MoneyUnit unit = MoneyUnit.common(List.of("元", "万元"));
        assertEquals("金额单位：元", unit.caption());
        assertEquals("4,855,512.34", unit.value(Optional.of(new BigDecimal("485.551234")), "万元").printed());
    }

    @Test
    void aUnitNobodyCanConvertIsPrintedBesideItsAmountAndNotSummed() {
        MoneyUnit unit = MoneyUnit.common(List.of("元", "千元"));
        assertEquals("金额单位：见各项目", unit.caption());
        assertEquals("12.00千元", unit.value(Optional.of(new BigDecimal("12")), "千元").printed());
        assertEquals(Optional.empty(), unit.sum(List.of(), jixiao.domain.project.FundingSource.TOTAL,
                jixiao.domain.project.FundingColumn.INITIAL));
    }
}
