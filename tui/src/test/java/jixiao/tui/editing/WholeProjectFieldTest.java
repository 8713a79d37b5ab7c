package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jixiao.domain.project.FormKind;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class WholeProjectFieldTest {

    private final FormEntry blank = FormEntry.of(Examples.declaration("工作服置装费"));

    @Test
    void eachAmountGoesIntoItsLineOfTheWholeProjectsFundingAndLeavesTheFormAlone() throws InvalidEntry {
        FormEntry typed = WholeProjectField.TOTAL.write(blank, "30,000");
        typed = WholeProjectField.FISCAL.write(typed, "２００００");
        typed = WholeProjectField.OTHER.write(typed, "10000");

        assertEquals("30,000.00", WholeProjectField.TOTAL.printed(typed));
        assertEquals("20,000.00", WholeProjectField.FISCAL.printed(typed));
        assertEquals("10000", WholeProjectField.OTHER.read(typed).replace(".00", ""));
        assertEquals(blank.form(), typed.form());
        assertEquals(true, typed.wholeProject().addsUp());
    }

    @Test
    void theLabelsAreThePapersAndAnAmountMustBeANumber() {
        assertEquals("项目资金总额", WholeProjectField.TOTAL.label(FormKind.DECLARATION).zh());
        assertEquals("其中：财政资金", WholeProjectField.FISCAL.label(FormKind.DECLARATION).zh());
        assertThrows(InvalidEntry.class, () -> WholeProjectField.OTHER.write(blank, "三万"));
    }
}
