package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class ProjectFieldTest {

    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);

    @Test
    void theYearIsFourDigitsFullWidthOrNot() throws InvalidEntry {
        assertEquals(2025, ProjectField.YEAR.write(audit, " 2025 ").key().year());
        assertEquals(2023, ProjectField.YEAR.write(audit, "２０２３").key().year());
        assertEquals("2024", ProjectField.YEAR.read(audit));
    }

    @Test
    void aYearThatIsNotFourDigitsIsRefused() {
        for (String typed : new String[] {"25", "20255", "二〇二五", "", "1899"}) {
            InvalidEntry refused = assertThrows(InvalidEntry.class, () -> ProjectField.YEAR.write(audit, typed), typed);
            assertEquals("年度须为四位年份，如 2025", refused.reason().zh());
            assertEquals("the year is four digits, e.g. 2025", refused.reason().en());
        }
    }

    @Test
    void aProjectCannotHaveABlankName() {
        InvalidEntry refused = assertThrows(InvalidEntry.class, () -> ProjectField.NAME.write(audit, "   "));

        assertEquals("项目名称不能为空", refused.reason().zh());
        assertEquals("a project needs a name", refused.reason().en());
    }

    @Test
    void theNameIsStrippedAndTheRestOfTheKeyKept() throws InvalidEntry {
        Project renamed = ProjectField.NAME.write(audit, " 审计费 ");

        assertEquals("审计费", renamed.key().name());
        assertEquals(audit.key().unit(), renamed.key().unit());
        assertEquals(audit.key().year(), renamed.key().year());
    }

    @Test
    void eachHeaderFieldWritesWhatItReads() throws InvalidEntry {
        for (ProjectField field : ProjectField.values()) {
            String value = field == ProjectField.YEAR ? "2030" : "新的" + field.name();

            Project written = field.write(audit, value);

            assertEquals(value, field.read(written), field.name());
            for (ProjectField other : ProjectField.values()) {
                if (other != field) {
                    assertEquals(other.read(audit), other.read(written), field + " left " + other + " alone");
                }
            }
        }
    }
}
