package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class StageStripTest {

    private final ProjectYear declared = ProjectYear.of(Declaration.of(Examples.declaration("工作服置装费")));

    @Test
    void aLoneDeclarationIsCurrentAndTheLaterStagesAreNotThereYet() {
        Line line = StageStrip.of(declared, Language.ZH, 100);

        assertTrue(line.text().startsWith("阶段  申报（当前） › 目标调整 — › 运行监控 — › 自评 —"), line.text());
        assertEquals(100, Columns.width(line.text()));
    }

    @Test
    void aStageWithALaterOneIsReadOnlyAndTheMonitoringReturnNamesItsMonths() {
        ProjectYear monitored = declared.startMonitoring(Month.JULY);

        assertTrue(StageStrip.of(monitored, Language.ZH, 100).text()
                .startsWith("阶段  申报（只读） › 目标调整 — › 运行监控 1–7月（当前） › 自评 —"));
        assertTrue(StageStrip.of(monitored, Language.EN, 100).text()
                .startsWith("Stages  declaration (read-only) › adjustment — › monitoring Jan–Jul (current)"));
    }

    @Test
    void aReopenedStageSaysSoInItsOwnTone() {
        Line line = StageStrip.of(declared.startSelfEvaluation().reopen(StageKind.DECLARATION, "错填金额"), Language.ZH, 100);

        assertTrue(line.text().contains("申报（已重新打开）"), line.text());
        assertTrue(line.segments().stream().anyMatch(part -> part.text().contains("已重新打开") && part.tone() == Tone.WARNING));
        assertTrue(line.segments().stream().anyMatch(part -> part.text().contains("自评（当前）") && part.tone() == Tone.GOOD));
    }
}
