package jixiao.domain.scoring;

import static jixiao.domain.Forms.form;
import static jixiao.domain.Forms.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class RestatedScoresTest {

    private final Scorer national = new Scorer(RuleSets.national2020());

    /** ≥360 个, 144 个, weight 5: the rules give 2.00; the form printed 2.00 (restated) or 3.00 (judged). */
    private Project printed(String printedScore) {
        return form().budget("100", "100")
                .with("产出指标", "数量指标", "审计项目数", "≥360(个)", "144(个)", "5", printedScore, "说明").build();
    }

    private Project release(Project before, Project edited) {
        return RestatedScores.release(before, national.score(before), edited);
    }

    private static Project edit(Project project, java.util.function.UnaryOperator<Indicator> change) {
        return project.withIndicator(0, change.apply(project.indicators().get(0)));
    }

    @Test
    void aChangedActualReleasesAPrintedScoreThatOnlyRestatedTheRules() {
        Project before = printed("2.00");
        Project released = release(before, edit(before, indicator -> indicator.withActual("180(个)")));

        assertEquals(Optional.empty(), released.indicators().get(0).manualScore());
        assertEquals(new BigDecimal("2.50"), national.score(released).indicator(0).score().orElseThrow());
    }

    @Test
    void aChangedTargetOrWeightReleasesItToo() {
        Project before = printed("2.00");

        assertEquals(Optional.empty(), release(before, edit(before, indicator -> indicator.withTarget("≥200(个)")))
                .indicators().get(0).manualScore());
        assertEquals(Optional.empty(), release(before, edit(before, indicator -> indicator.withWeight(score("10"))))
                .indicators().get(0).manualScore());
    }

    @Test
    void aScoreThatWasAPersonsJudgementStays() {
        Project before = printed("3.00");

        assertEquals(score("3.00"), release(before, edit(before, indicator -> indicator.withActual("180(个)")))
                .indicators().get(0).manualScore());
    }

    @Test
    void aChangedNoteOrNameReleasesNothing() {
        Project before = printed("2.00");
        Project noted = edit(before, indicator -> indicator.withDeviation("另一个说明"));
        Project renamed = edit(before, indicator -> indicator.withNames("产出指标", "数量指标", "新名称"));

        assertSame(noted, release(before, noted));
        assertSame(renamed, release(before, renamed));
    }

    @Test
    void anEditThatSetsTheScoreByHandKeepsIt() {
        Project before = printed("2.00");
        Project edited = edit(before, indicator -> indicator.withActual("180(个)").withManualScore(score("2.20")));

        assertEquals(score("2.20"), release(before, edited).indicators().get(0).manualScore());
    }

    @Test
    void addingOrRemovingRowsReleasesNothing() {
        Project before = printed("2.00");
        Project added = before.withIndicators(List.of(before.indicators().get(0).withActual("1(个)"),
                before.indicators().get(0)));

        assertSame(added, release(before, added));
    }
}
