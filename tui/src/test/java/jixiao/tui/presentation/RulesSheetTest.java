package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.check.Reviewer;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Scorer;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class RulesSheetTest {

    private final RulesSheet sheet = new RulesSheet(Language.ZH, 100);
    private final RuleSet national = RuleSets.national2020();
    private final Project audit = Examples.selfEvaluation(Examples.AUDIT);
    private final Project sample = Examples.oneIndicator("≤5(%)", "6(%)", "10", "");

    @Test
    void everyParameterIsARowWithBothValuesAndItsMeaningAndADifferenceIsMarked() throws Exception {
        RuleSet deviation = national.with(Parameter.REVERSE_SCORING, "deviation");

        List<Line> rows = sheet.rows(sample, national, deviation, new Viewport(0, 100), -1, 0);

        assertEquals(RulesSheet.SAMPLE.size() + Parameter.values().length, rows.size());
        String reverse = rows.stream().map(Line::text).filter(text -> text.startsWith("reverseScoring")).findFirst().orElseThrow();
        assertTrue(reverse.matches("reverseScoring +ratio +deviation ≠ +反向指标.*"), reverse);
        assertTrue(rows.get(0).text().startsWith("示例：年度指标值         ≤5(%)"), rows.get(0).text());
        rows.forEach(row -> assertEquals(100, Columns.width(row.text()), row.text()));
    }

    @Test
    void theProjectLinesCompareTotalsExecutionAndHowManyScoresDiffer() throws Exception {
        RuleSet twenty = national.with(Parameter.EXECUTION_WEIGHT, "20");

        List<Line> lines = sheet.project(new Reviewer(national).review(audit), new Reviewer(twenty).review(audit));

        assertTrue(lines.get(0).text().matches("本项目 总分 等级 +99\\.32 优 +108\\.64 优 *"), lines.get(0).text());
        assertTrue(lines.get(1).text().matches("执行得分 +9\\.32 +18\\.64 *"), lines.get(1).text());
        assertTrue(lines.get(2).text().matches("得分不同的指标 +0 个 *"), lines.get(2).text());
    }

    @Test
    void theSampleScoresUnderBothAndTheExplanationOfOne() throws Exception {
        RuleSet deviation = national.with(Parameter.REVERSE_SCORING, "deviation");
        var ratio = new Scorer(national).score(sample.indicators().get(0));
        var byDeviation = new Scorer(deviation).score(sample.indicators().get(0));

        List<Line> lines = sheet.sample(ratio, byDeviation, byDeviation);

        assertTrue(lines.get(0).text().matches("示例指标得分 +8\\.33 +8\\.00 *"), lines.get(0).text());
        assertTrue(lines.size() > 1, "the explanation follows");
    }
}
