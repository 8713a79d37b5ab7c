package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;

class StageRefusedExceptionTest {

    @Test
    void carriesItsExplanationInBothLanguages() {
        Bilingual why = new Bilingual("本年度已有自评", "the year already has a self-evaluation");
        StageRefusedException refused = new StageRefusedException(why);
        assertEquals(why, refused.explanation());
        assertEquals("the year already has a self-evaluation", refused.getMessage());
    }
}
