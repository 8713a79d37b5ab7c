package jixiao.tui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.StageKind;
import jixiao.storage.sqlite.Database;
import jixiao.tui.input.Pasted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectsWindowTest {

    private static final String UNIT = "上海市医药集中招标采购事务管理所（上海医药采购中心）";

    @TempDir
    Path folder;

    private Database database;
    private VirtualScreen screen;

    @BeforeEach
    void showTheRegister() {
        database = Register.withExamples(folder);
        screen = VirtualScreen.start(database.projects(), Language.ZH, 100, 30);
    }

    @Test
    void theRegisterListsTheFourteenExampleProjects() {
        assertTrue(screen.row(0).contains("项目 (14)"), screen.row(0));
        assertTrue(screen.row(1).startsWith("年度 单位"), screen.row(1));
        assertEquals(14, screen.rows().stream().filter(row -> row.matches("^202[45] .*")).count(), screen.text());
        assertTrue(screen.rowWith("财务专项审计和资产评估鉴定费").contains("99.32 优"), screen.text());
    }

    @Test
    void searchNarrowsTheListAsYouTypeAndEscapeRestoresIt() {
        screen.type("/").type("课题");

        assertTrue(screen.row(0).contains("项目 (2)"), screen.row(0));
        assertTrue(screen.row(0).contains("“课题”"), screen.row(0));
        assertEquals(2, projectRows().size(), screen.text());
        assertTrue(projectRows().stream().allMatch(row -> row.contains("课题经费")), screen.text());

        screen.press(KeyType.Escape);

        assertTrue(screen.row(0).contains("项目 (14)"), screen.row(0));
        assertEquals(14, projectRows().size());
    }

    @Test
    void yearCyclesThroughEachYearAndBackToAll() {
        screen.type("y");
        assertTrue(screen.row(0).contains("项目 (7)   筛选:2024"), screen.row(0));
        assertTrue(projectRows().stream().allMatch(row -> row.startsWith("2024 ")), screen.text());

        screen.type("y");
        assertTrue(screen.row(0).contains("项目 (7)   筛选:2025"), screen.row(0));
        assertTrue(projectRows().stream().allMatch(row -> row.startsWith("2025 ")), screen.text());

        screen.type("y");
        assertTrue(screen.row(0).contains("项目 (14)"), screen.row(0));
        assertFalse(screen.row(0).contains("筛选"), screen.row(0));
    }

    @Test
    void aNewProjectAsksWhichFormFirstThenTheYearTheNameAndTheUnit() {
        screen.type("n");
        assertTrue(screen.text().contains("新建哪一种表？"), screen.text());
        assertTrue(screen.rows().get(29).contains("1 申报表"), screen.rows().get(29));
        screen.type("1");
        int thisYear = Year.now().getValue();
        assertTrue(editLine().startsWith("年度: " + thisYear), "a declaration is for this year: " + editLine());
        screen.type("2030");
        assertEquals("年度: 2030", editLine().strip(), "typing replaced the suggestion");
        screen.press(KeyType.Enter);
        assertTrue(editLine().startsWith("项目名称: "), editLine());
        screen.type("新项目").press(KeyType.Enter);
        assertTrue(editLine().startsWith("实施单位: " + UNIT), editLine());
        screen.type("测试单位").press(KeyType.Enter);

        assertTrue(screen.row(0).contains("2030 新项目"), screen.row(0));
        assertTrue(screen.text().contains("年度(/项目)指标值"), "the declaration's paper: " + screen.text());
        assertTrue(screen.text().contains("还没有指标：按 Ctrl-N 添加一行"), screen.text());
        assertEquals(StageKind.DECLARATION, stored("新项目").year().latest().kind());
    }

    @Test
    void aNewSelfEvaluationIsOneFromTheStartAndSuggestsLastYear() {
        screen.type("n").type("2");
        int lastYear = Year.now().getValue() - 1;
        assertTrue(editLine().startsWith("年度: " + lastYear), "a self-evaluation is of last year: " + editLine());
        screen.press(KeyType.Enter).type("自评项目").press(KeyType.Enter).type("测试单位").press(KeyType.Enter);

        assertTrue(screen.text().contains("实际完成值"), "the self-evaluation's paper with no actual yet: " + screen.text());
        assertEquals(StageKind.SELF_EVALUATION, stored("自评项目").year().latest().kind(),
                "stored as the form chosen, though it holds no actual");
    }

    @Test
    void theFirstRowOfANewFormIsTypedFromItsFirstColumnAsOnThePaper() {
        screen.type("n").type("1").press(KeyType.Enter).type("新项目").press(KeyType.Enter).type("测试单位").press(KeyType.Enter);
        screen.ctrl('n');
        assertEquals("一级指标:", editLine().strip(), "the cursor is on the first row's first column");
        screen.type("产出指标").press(KeyType.Tab).type("数量指标").press(KeyType.Tab).type("培训人次").press(KeyType.Tab)
                .type("≥300(人次)").press(KeyType.Enter).ctrl('s');

        Indicator typed = stored("新项目").year().latestForm().indicators().get(0);
        assertEquals(List.of("产出指标", "数量指标", "培训人次", "≥300(人次)"),
                List.of(typed.level1(), typed.level2(), typed.name(), typed.target().text()));
    }

    @Test
    void escapeOnTheFormQuestionAddsNothing() {
        screen.type("n").press(KeyType.Escape);

        assertTrue(screen.row(0).contains("项目 (14)"), screen.row(0));
        assertFalse(editLine().startsWith("年度"), editLine());
    }

    @Test
    void aNewProjectNeedsAName() {
        screen.type("n").type("1").press(KeyType.Enter).press(KeyType.Enter);

        assertTrue(screen.text().contains("项目名称不能为空"), screen.text());
        assertTrue(editLine().startsWith("项目名称: "), "still asking: " + editLine());
    }

    @Test
    void aSuggestionCanBeEditedInsteadOfReplaced() {
        screen.type("n").type("1");

        screen.press(KeyType.End).press(KeyType.Backspace).press(KeyType.Backspace).type("99");

        assertEquals("年度: " + (Year.now().getValue() / 100) + "99", editLine().strip(), "an arrow or End edits the suggestion");
    }

    @Test
    void aNewProjectWithTheKeyOfAnExistingOneIsRefusedAndNothingIsReplaced() {
        screen.type("n").type("2").type("2024").press(KeyType.Enter);
        screen.type("课题经费").press(KeyType.Enter);
        screen.type(UNIT).press(KeyType.Enter);

        assertTrue(screen.rowWith("已有项目").contains("已有项目“2024 " + UNIT + " 课题经费”"), screen.text());
        assertTrue(screen.row(0).contains("项目 (14)"), "still on the register: " + screen.row(0));
        assertEquals(14, database.projects().list(ProjectFilter.ALL).size());
    }

    @Test
    void escapeTakesOffTheFilterBeforeItQuits() {
        screen.type("/").type("课题").press(KeyType.Enter).type("y");
        assertTrue(screen.row(0).contains("项目 (1)   筛选:2024 “课题”"), screen.row(0));

        screen.press(KeyType.Escape);

        assertTrue(screen.row(0).contains("项目 (14)"), "the filter is gone, the program is still here: " + screen.row(0));
        assertTrue(screen.gui().getWindows().size() == 1, "still open");
        screen.press(KeyType.Escape);
        assertTrue(screen.gui().getWindows().isEmpty(), "with no filter, Esc quits");
    }

    @Test
    void upAndDownWhileSearchingKeepTheSearchAndMoveAndEnterOpens() {
        screen.type("/").type("财务专项").press(KeyType.ArrowDown).press(KeyType.Enter);

        assertTrue(screen.row(0).contains("2025 财务专项审计和资产评估鉴定费"), "the second match opened: " + screen.row(0));
        screen.press(KeyType.Escape);
        assertTrue(screen.row(0).contains("项目 (2)"), "the search is still there on return: " + screen.row(0));
    }

    @Test
    void aPasteOnTheRegisterIsNeverTakenAsKeys() {
        screen.stroke(new Pasted("dyq\nn"));

        assertTrue(screen.row(0).contains("项目 (14)"), screen.row(0));
        assertFalse(screen.text().contains("删除项目"), "no d: " + screen.text());
        assertTrue(screen.gui().getWindows().size() == 1, "no q");
        assertFalse(editLine().startsWith("项目名称"), "no n: " + editLine());
        assertTrue(screen.text().contains("粘贴的文字没有用上"), screen.text());

        screen.type("/").stroke(new Pasted("课题\n"));
        assertTrue(screen.row(0).contains("项目 (2)"), "while searching the paste is the search: " + screen.row(0));
    }

    @Test
    void deleteAsksFirstAndNoKeepsTheProject() {
        screen.type("/").type("课题").press(KeyType.Enter).type("d");

        assertTrue(screen.rowWith("删除项目").contains("删除项目“课题经费”？"), screen.text());
        screen.type("n");

        assertEquals(14, database.projects().list(ProjectFilter.ALL).size());
        assertTrue(screen.row(0).contains("项目 (2)"), screen.row(0));
    }

    @Test
    void deletingRemovesTheProjectFromTheListAndTheRegister() {
        screen.type("/").type("课题").press(KeyType.Enter).type("d").type("y");

        assertTrue(screen.text().contains("已删除“课题经费”"), screen.text());
        assertTrue(screen.row(0).contains("项目 (1)"), screen.row(0));
        List<ProjectSummary> left = database.projects().list(ProjectFilter.ALL);
        assertEquals(13, left.size());
        assertEquals(1, left.stream().filter(summary -> summary.key().name().equals("课题经费")).count());
    }

    private List<String> projectRows() {
        return screen.rows().stream().filter(row -> row.matches("^202[45] .*")).toList();
    }

    private StoredProject stored(String name) {
        long id = database.projects().list(ProjectFilter.ALL).stream()
                .filter(summary -> summary.key().name().equals(name)).findFirst().orElseThrow().id();
        return database.projects().find(id).orElseThrow();
    }

    private String editLine() {
        List<String> rows = screen.rows();
        return rows.get(rows.size() - 3);
    }

}
