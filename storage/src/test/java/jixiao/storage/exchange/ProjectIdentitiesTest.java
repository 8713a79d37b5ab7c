package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import jixiao.domain.project.ProjectKey;
import org.junit.jupiter.api.Test;

class ProjectIdentitiesTest {

    private final ProjectIdentities identities = new ProjectIdentities();

    @Test
    void aProjectIsTheSameByItsYearUnitAndNameWhateverItsCode() {
        identities.add(new ProjectKey(2024, "某单位", "项目1", "X1"), 2);
        assertEquals(Optional.of(new ProjectIdentities.Earlier(2, false)),
                identities.add(new ProjectKey(2024, " 某单位", "项目1 ", "X2"), 9));
    }

    @Test
    void aProjectIsTheSameByItsCode() {
        identities.add(new ProjectKey(2024, "某单位", "项目1", "X1"), 2);
        assertEquals(Optional.of(new ProjectIdentities.Earlier(2, true)),
                identities.add(new ProjectKey(2025, "另一单位", "项目2", "X1"), 5));
    }

    @Test
    void anotherYearIsAnotherProject() {
        identities.add(ProjectKey.of(2024, "某单位", "项目1"), 2);
        assertEquals(Optional.empty(), identities.add(ProjectKey.of(2025, "某单位", "项目1"), 3));
    }

    @Test
    void aMillionProjectsAreToldApartAndRemembered() {
        for (int i = 0; i < 1_000_000; i++) {
            assertEquals(Optional.empty(), identities.add(ProjectKey.of(2024, "某单位", "项目" + i), i + 2));
        }
        assertEquals(Optional.of(new ProjectIdentities.Earlier(500_002, false)),
                identities.add(ProjectKey.of(2024, "某单位", "项目500000"), 1_000_002));
    }
}
