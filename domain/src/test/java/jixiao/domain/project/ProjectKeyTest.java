package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectKeyTest {

    private final ProjectKey key = new ProjectKey(2024, "某单位", "课题经费", "");

    @Test
    void eachPartCanBeChangedAloneLeavingTheOthers() {
        assertEquals(new ProjectKey(2025, "某单位", "课题经费", ""), key.withYear(2025));
        assertEquals(new ProjectKey(2024, "另一单位", "课题经费", ""), key.withUnit("另一单位"));
        assertEquals(new ProjectKey(2024, "某单位", "运维经费", ""), key.withName("运维经费"));
        assertEquals(new ProjectKey(2024, "某单位", "课题经费", "31000024"), key.withCode("31000024"));
    }

    @Test
    void aProjectNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> key.withName(" "));
    }

    @Test
    void aYearIsFourDigitsWithinTheYearsFormsAreFor() {
        assertTrue(ProjectKey.isYear("2024"));
        assertTrue(ProjectKey.isYear("1900"));
        assertTrue(ProjectKey.isYear("2199"));
        assertFalse(ProjectKey.isYear("0000"));
        assertFalse(ProjectKey.isYear("9999"));
        assertFalse(ProjectKey.isYear("24"));
        assertFalse(ProjectKey.isYear("２０２４"));
        assertFalse(ProjectKey.isYear("1e10"));
    }

    @Test
    void readsAsYearUnitAndName() {
        assertEquals("2024 某单位 课题经费", key.toString());
    }
}
