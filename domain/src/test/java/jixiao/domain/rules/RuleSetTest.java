package jixiao.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import jixiao.domain.language.Bilingual;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private final RuleSet national = RuleSets.national2020();

    @Test
    void withChangesOneParameterAndKeepsTheRest() throws Exception {
        RuleSet changed = national.with(Parameter.EXECUTION_RATE_ROUNDING, "DOWN");
        assertEquals(RoundingMode.DOWN, changed.executionRateRounding());
        assertEquals(national.executionWeight(), changed.executionWeight());
        assertEquals(RoundingMode.HALF_UP, national.executionRateRounding(), "the original is unchanged");
    }

    @Test
    void withRejectsAValueThatDoesNotReadSayingWhatIsAllowed() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> national.with(Parameter.REVERSE_SCORING, "sometimes"));
        assertEquals("reverseScoring: cannot read 'sometimes'; allowed: ratio, deviation", e.problems().get(0).en());
    }

    @Test
    void withRejectsARoundingThatCanFail() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> national.with(Parameter.EXECUTION_RATE_ROUNDING, "UNNECESSARY"));
        assertTrue(e.problems().get(0).en().startsWith("executionRateRounding: UNNECESSARY cannot be used"),
                e.getMessage());
    }

    @Test
    void withRejectsAThresholdOutOfOrderNamingBothParameters() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> national.with(Parameter.GOOD_FROM, "95"));
        assertTrue(e.problems().get(0).en().startsWith("goodFrom (95) must be below excellentFrom (90)"), e.getMessage());
    }

    @Test
    void theConstructorRejectsImpossibleValuesAsABug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RuleSet("x",
                Bilingual.same(""), new BigDecimal("100"), new BigDecimal("-1"), RoundingMode.UNNECESSARY,
                ReverseScoring.RATIO, BigDecimal.ONE, false, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.6"),
                BigDecimal.ZERO, new BigDecimal("0.8"), new BigDecimal("0.6"), new BigDecimal("90"),
                new BigDecimal("80"), new BigDecimal("60"), 2021, RuleSets.national2020().monitoring()));
        assertTrue(e.getMessage().contains("executionWeight (-1) must lie between 0 and totalPoints (100)"), e.getMessage());
        assertTrue(e.getMessage().contains("UNNECESSARY cannot be used"), e.getMessage());
    }

    @Test
    void theHashIsTheSameForTheSameParametersAndDiffersForAnyChange() throws Exception {
        assertEquals(national.hash(), RuleSets.national2020().with(Parameter.NAME, "national-2020").hash());
        assertNotEquals(national.hash(), national.with(Parameter.EXCELLENT_FROM, "95").hash());
        assertNotEquals(national.hash(), national.with(Parameter.DESCRIPTION_EN, "another").hash());
        assertEquals(64, national.hash().length());
    }

    @Test
    void twoSetsAreEqualExactlyWhenEveryComponentIs() throws Exception {
        RuleSet reread = RuleSets.read(new StringReader(RuleSets.write(national)), "national-2020 written out");
        assertEquals(national, reread);
        assertEquals(national.hashCode(), reread.hashCode());
        assertTrue(componentsEqual(national, reread));
        for (Parameter parameter : Parameter.values()) {
            RuleSet changed = changed(national, parameter);
            assertNotEquals(national, changed, parameter.key());
            assertFalse(componentsEqual(national, changed), parameter.key());
        }
    }

    /** The set with one parameter changed to another valid value: a number's scale, a word, a flag, a year. */
    private static RuleSet changed(RuleSet rules, Parameter parameter) {
        String value = rules.parameters().get(parameter);
        String nextYear = value.matches("\\d{4}") ? String.valueOf(Integer.parseInt(value) + 1) : value;
        for (String other : List.of(value + "0", value + ".0", value + "x", value + ",个", "DOWN", "deviation",
                String.valueOf(!Boolean.parseBoolean(value)), nextYear)) {
            try {
                RuleSet changed = rules.with(parameter, other);
                if (!changed.parameters().get(parameter).equals(value)) {
                    return changed;
                }
            } catch (InvalidRuleSetException | IllegalArgumentException tryTheNext) {
                // not a value this parameter takes
            }
        }
        throw new AssertionError("no other valid value found for " + parameter.key());
    }

    /** What the record's own equals would say: every component equal. */
    private static boolean componentsEqual(RuleSet a, RuleSet b) throws ReflectiveOperationException {
        for (RecordComponent component : RuleSet.class.getRecordComponents()) {
            if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theBuiltInSetIsLabelledByItsNameAndAnyOtherByNameAndHash() throws Exception {
        assertEquals("national-2020", national.label());
        RuleSet training = national.with(Parameter.NAME, "training-20").with(Parameter.EXECUTION_WEIGHT, "20");
        assertEquals("training-20@" + training.hash().substring(0, 8), training.label());
        RuleSet olderNational = national.with(Parameter.EXCELLENT_FROM, "95");
        assertEquals("national-2020@" + olderNational.hash().substring(0, 8), olderNational.label());
    }

    /**
     * Projects keep the rule set they were scored under, by content and hash: changing the built-in
     * set is a new version of it that old projects do not follow. Change this hash on purpose only.
     */
    @Test
    void theBuiltInNational2020ChangesOnlyOnPurpose() {
        assertEquals("51d3847c", national.hash().substring(0, 8));
    }
}
