package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesWindowTest {

    @TempDir
    Path folder;

    private VirtualScreen screen;

    @BeforeEach
    void openTheRules() {
        screen = VirtualScreen.start(Register.withExamples(folder).projects(), Language.ZH, 100, 30).type("r");
    }

    @Test
    void theExampleIsScoredWithItsExplanation() {
        assertTrue(screen.row(0).contains("评分规则演示"), screen.row(0));
        assertTrue(screen.row(1).startsWith("规则 national-2020"), screen.row(1));
        assertTrue(screen.text().contains("未完成: 144 / 360 × 5.00 = 2.00"), screen.text());
        assertTrue(screen.text().contains("规则得分 2.00"), screen.text());
    }

    @Test
    void typingTargetActualAndWeightRescoresAsYouType() {
        screen.press(KeyType.Enter);
        ExampleProject.clear(screen).type("180(个)");
        assertTrue(screen.text().contains("未完成: 180 / 360 × 5.00 = 2.50"), screen.text());
        screen.press(KeyType.Enter).press(KeyType.ArrowUp).press(KeyType.Enter);
        ExampleProject.clear(screen).type("≥200(个)").press(KeyType.Enter);
        assertTrue(screen.text().contains("未完成: 180 / 200 × 5.00 = 4.50"), screen.text());
        screen.press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.Enter);
        ExampleProject.clear(screen).type("10");

        assertTrue(screen.text().contains("未完成: 180 / 200 × 10.00 = 9.00"), screen.text());
        assertTrue(screen.text().contains("规则得分 9.00    人工评分 无    得分 9.00    (未完成)"), screen.text());
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedAndTheScoreStays() {
        screen.press(KeyType.ArrowDown).press(KeyType.Enter);
        ExampleProject.clear(screen).type("abc");

        assertTrue(screen.text().contains("“abc” 不是数字"), screen.text());
        assertTrue(screen.text().contains("未完成: 144 / 360 × 5.00 = 2.00"), screen.text());
    }

    @Test
    void sSwitchesRuleSetAndWithOneBuiltInSetItStays() {
        assertEquals(1, RuleSets.builtIn().size(), "update this test when a second built-in rule set arrives");

        screen.type("s");

        assertTrue(screen.row(1).startsWith("规则 national-2020"), screen.row(1));
        assertTrue(screen.text().contains("未完成: 144 / 360 × 5.00 = 2.00"), screen.text());
    }
}
