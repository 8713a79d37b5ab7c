package jixiao.tui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.tui.Examples;
import org.junit.jupiter.api.Test;

class MergeTest {

    private final Project base = Examples.selfEvaluation(Examples.AUDIT);

    @Test
    void aFieldOnlyTheyChangedIsTheirsAndOneOnlyIChangedIsMine() throws Exception {
        Project mine = ProjectField.ANNUAL_GOAL.write(base, "我的年度目标");
        Project theirs = new FundingField(FundingSource.TOTAL, FundingColumn.EXECUTED).write(base, "40.00");
        Merge merge = Merge.of(base, mine, theirs);
        assertEquals(List.of(), merge.clashes());
        assertEquals("我的年度目标", merge.merged().goals().annual());
        assertEquals(Optional.of(new BigDecimal("40.00")), merge.merged().funding().total().executed());
    }

    @Test
    void aFieldBothChangedIsAClashAndMineIsKeptThere() throws Exception {
        Merge merge = Merge.of(base, ProjectField.NAME.write(base, "我的名称"), ProjectField.NAME.write(base, "他们的名称"));
        assertEquals(List.of(ProjectField.NAME.label(base.kind())), merge.clashes());
        assertEquals("我的名称", merge.merged().key().name());
    }

    @Test
    void theSameChangeOnBothSidesIsNoClash() throws Exception {
        Project both = ProjectField.CATEGORY.write(base, "新类别");
        assertEquals(List.of(), Merge.of(base, both, both).clashes());
    }

    @Test
    void indicatorsMergeCellByCell() throws Exception {
        Project mine = new IndicatorField(0, IndicatorColumn.ACTUAL).write(base, "1(%)");
        Project theirs = new IndicatorField(1, IndicatorColumn.DEVIATION).write(base, "他们的说明");
        Merge merge = Merge.of(base, mine, theirs);
        assertEquals(List.of(), merge.clashes());
        assertEquals("1(%)", merge.merged().indicators().get(0).actual().text());
        assertEquals("他们的说明", merge.merged().indicators().get(1).deviation());
    }

    @Test
    void rowsAddedOrRemovedOnBothSidesAreOneClashAndMyRowsAreKept() {
        Project mine = base.withIndicators(base.indicators().subList(1, base.indicators().size()));
        Project theirs = base.withIndicators(base.indicators().subList(0, base.indicators().size() - 1));
        Merge merge = Merge.of(base, mine, theirs);
        assertEquals(List.of(new Bilingual("指标的行（双方都增删了行）", "the indicator rows (both added or removed rows)")),
                merge.clashes());
        assertEquals(mine.indicators(), merge.merged().indicators());
    }
}
