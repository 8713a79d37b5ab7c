package jixiao.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LightRuleTest {

    @Test
    void everyRuleHasItsOwnKeyAndADescriptionInBothLanguages() {
        Set<String> keys = Arrays.stream(LightRule.values()).map(LightRule::key).collect(Collectors.toSet());
        assertEquals(LightRule.values().length, keys.size());
        for (LightRule rule : LightRule.values()) {
            assertFalse(rule.description().zh().isBlank() || rule.description().en().isBlank(), rule.key());
            assertFalse(rule.description().zh().equals(rule.description().en()), rule.key());
        }
    }
}
