package jixiao.domain.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.domain.Forms;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class FindingKindTest {

    @Test
    void everyKindHasItsOwnCodeAndANameInBothLanguages() {
        Set<String> codes = Arrays.stream(FindingKind.values()).map(FindingKind::code).collect(Collectors.toSet());
        assertEquals(FindingKind.values().length, codes.size());
        for (FindingKind kind : FindingKind.values()) {
            assertFalse(kind.label().zh().isBlank(), kind.code());
            assertFalse(kind.label().en().isBlank(), kind.code());
            assertNotEquals(kind.code(), kind.label().zh());
            assertTrue(kind.label().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    kind.code() + " is named in Chinese: " + kind.label().zh());
        }
    }

    @Test
    void aFindingNamesItsKindFromItsCode() {
        Review review = new Reviewer(RuleSets.national2020()).review(Forms.form().budget("100", "90")
                .with("产出指标", "数量指标", "审计项目数", "≥20(个)", "18(个)", "90", null, "").build());

        Finding missingNote = review.errors().stream()
                .filter(finding -> finding.code().equals(FindingKind.MISSING_DEVIATION_NOTE.code())).findFirst().orElseThrow();
        assertEquals(new Bilingual("缺少偏差说明", "no deviation note"), missingNote.kind());
    }

    @Test
    void anUnlistedCodeIsItsOwnName() {
        assertEquals(Bilingual.same("something-new"), FindingKind.named("something-new"));
    }
}
