package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void readsAsYearUnitAndName() {
        assertEquals("2024 某单位 课题经费", key.toString());
    }
}
