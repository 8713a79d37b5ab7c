package jixiao.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AchievementTest {

    @Test
    void readsOnlyTheOfficialPhrasesAndTheirShortForms() {
        assertEquals(Optional.of(Achievement.PARTLY_ACHIEVED), Achievement.of("部分达成指标并具有一定效果"));
        assertEquals(Optional.of(Achievement.NOT_ACHIEVED), Achievement.of(" 未达成 "));
        assertEquals(Optional.empty(), Achievement.of("基本达成"));
        assertEquals(Optional.empty(), Achievement.of(null));
    }

    @Test
    void namesItselfInBothLanguages() {
        assertEquals("部分达成", Achievement.PARTLY_ACHIEVED.words().zh());
        assertEquals("partly achieved", Achievement.PARTLY_ACHIEVED.words().en());
    }
}
