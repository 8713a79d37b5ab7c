package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.monitoring.Monitor;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class LightSheetTest {

    private final MonitoringReturn july = Examples.monitored("工作服置装费").monitoring().orElseThrow()
            .withProgress(1, Examples.monitored("工作服置装费").monitoring().orElseThrow().progress(1).withProgress("1(套)"));
    private final MonitoringReview lights = new Monitor(RuleSets.national2020()).review(july);

    private static String text(List<Line> lines) {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    @Test
    void anIndicatorsLightIsExplainedStepByStepWithTheRuleAndWhatTheChecksFound() {
        String text = text(LightSheet.of(july, lights, Optional.of(1), Language.ZH, 100));

        assertTrue(text.startsWith("项目灯 红"), text);
        assertTrue(text.contains("2. 产出指标 / 数量指标 / 工作服数量"), text);
        assertTrue(text.contains("累计类数量指标按时间进度"), "the rule, as the explanation's first step: " + text);
        assertTrue(text.contains("42.86%"), text);
        assertTrue(text.contains("灯 红"), text);
        assertTrue(text.contains("错误"), "red without causes, note and correction is an error: " + text);
    }

    @Test
    void withNoIndicatorTheBudgetLightIsExplained() {
        String text = text(LightSheet.of(july, lights, Optional.empty(), Language.EN, 100));

        assertTrue(text.contains("execution rate"), text);
        assertTrue(text.contains("Budget light green"), text);
    }
}
