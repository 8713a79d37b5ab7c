package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import jixiao.domain.project.FormKind;
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
    void datesAreCalendarDatesWrittenAsTheFormsWriteThem() throws InvalidEntry {
        assertEquals("2024-01-01", ProjectField.START.write(audit, "2024-01-01").profile().start());
        assertEquals("2024-03-05", ProjectField.START.write(audit, "2024/3/5").profile().start());
        assertEquals("2024-12-31", ProjectField.END.write(audit, "2024年12月31日").profile().end());
        assertEquals("2024-02-29", ProjectField.END.write(audit, "２０２４．２．２９").profile().end());
        assertEquals("", ProjectField.END.write(audit, "  ").profile().end());
    }

    @Test
    void aDayTheCalendarDoesNotHaveIsRefused() {
        for (String typed : new String[] {"2023年13月45日", "2023-02-29", "2024-00-10", "明年", "20240101"}) {
            InvalidEntry refused = assertThrows(InvalidEntry.class, () -> ProjectField.START.write(audit, typed), typed);
            assertEquals("“" + typed + "” 不是有效日期（例：2025-01-01 或 2025年1月1日）", refused.reason().zh());
        }
    }

    @Test
    void theLabelsAreThePapers() {
        assertEquals("项目性质", ProjectField.NATURE.label(FormKind.DECLARATION).zh());
        assertEquals("计划开始日期", ProjectField.START.label(FormKind.DECLARATION).zh());
        assertEquals("计划完成日期", ProjectField.END.label(FormKind.DECLARATION).zh());
        assertEquals("项目总目标", ProjectField.OVERALL_GOAL.label(FormKind.DECLARATION).zh());
        assertEquals("年度总体目标", ProjectField.ANNUAL_GOAL.label(FormKind.DECLARATION).zh());
        assertEquals("预期目标", ProjectField.ANNUAL_GOAL.label(FormKind.SELF_EVALUATION).zh());
        assertEquals("实际完成情况", ProjectField.ACTUAL_SUMMARY.label(FormKind.SELF_EVALUATION).zh());
    }

    @Test
    void eachHeaderFieldWritesWhatItReads() throws InvalidEntry {
        for (ProjectField field : ProjectField.values()) {
            String value = switch (field) {
                case YEAR -> "2030";
                case START, END -> "2030-06-30";
                default -> "新的" + field.name();
            };

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
