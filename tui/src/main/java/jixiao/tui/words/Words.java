package jixiao.tui.words;

import java.util.List;
import jixiao.domain.language.Bilingual;

/**
 * The text UI's own words, in both languages, in one place: every screen, key and message takes
 * its text from here. The form's words (field labels, rules, grades, findings) come with the
 * domain's types, so the CLI, the reports and the UI say the same.
 */
public final class Words {

    // Titles and the words around the figures
    public static final Bilingual APP = new Bilingual("绩效", "jixiao");
    public static final Bilingual PROJECTS = new Bilingual("项目", "Projects");
    public static final Bilingual INDICATORS = new Bilingual("绩效指标", "Indicators");
    public static final Bilingual PROJECT = new Bilingual("项目信息与资金", "Project and funding");
    public static final Bilingual EXPLAIN = new Bilingual("评分说明", "How the score comes about");
    public static final Bilingual FINDINGS = new Bilingual("问题清单", "Findings");
    public static final Bilingual RULES = new Bilingual("评分规则演示", "Scoring rules, live");
    public static final Bilingual HELP = new Bilingual("按键说明", "Keys");
    public static final Bilingual TOTAL = new Bilingual("总分", "Total");
    public static final Bilingual GRADE = new Bilingual("等级", "Grade");
    public static final Bilingual EXECUTION = new Bilingual("执行率", "Execution");
    public static final Bilingual EXECUTION_SCORE = new Bilingual("执行得分", "execution score");
    public static final Bilingual WEIGHTS = new Bilingual("分值合计", "weights");
    public static final Bilingual ERRORS = new Bilingual("错误", "errors");
    public static final Bilingual WARNINGS = new Bilingual("提醒", "warnings");
    public static final Bilingual MISMATCHES = new Bilingual("不一致", "mismatches");
    public static final Bilingual NOT_SCORED = new Bilingual("申报表不计分", "a declaration is not scored");
    public static final Bilingual UNSAVED = new Bilingual("未保存", "unsaved");
    public static final Bilingual SAVED = new Bilingual("已保存", "saved");
    public static final Bilingual YEAR = new Bilingual("年度", "Year");
    public static final Bilingual UNIT = new Bilingual("单位", "Unit");
    public static final Bilingual NAME = new Bilingual("项目名称", "Name");
    public static final Bilingual KIND = new Bilingual("表", "Form");
    public static final Bilingual SCORE = new Bilingual("得分", "Score");
    public static final Bilingual SUGGESTED = new Bilingual("规则得分", "Rules' score");
    public static final Bilingual MANUAL = new Bilingual("人工评分", "Score set by hand");
    public static final Bilingual NONE = new Bilingual("无", "none");
    public static final Bilingual FLAGS = new Bilingual("提示", "Flags");
    public static final Bilingual NO_FINDINGS = new Bilingual("没有发现问题", "Nothing found");
    public static final Bilingual NO_PROJECTS = new Bilingual("还没有项目：按 n 新建，或在命令行运行 jixiao demo / jixiao import",
            "No projects yet: press n to add one, or run jixiao demo / jixiao import");
    public static final Bilingual NO_INDICATORS = new Bilingual("还没有指标：按 Ctrl-N 添加一行", "No indicators yet: Ctrl-N adds a row");
    public static final Bilingual FILTER = new Bilingual("筛选", "Filter");
    public static final Bilingual RULE_SET = new Bilingual("规则", "Rule set");
    public static final Bilingual TARGET = new Bilingual("目标", "Target");
    public static final Bilingual ACTUAL = new Bilingual("实际", "Actual");
    public static final Bilingual WEIGHT = new Bilingual("分值", "Weight");

    // The project screen
    public static final Bilingual FUNDING = new Bilingual("项目资金（%s）", "Funding (%s)");
    public static final Bilingual FUNDING_NO_UNIT = new Bilingual("项目资金", "Funding");
    public static final Bilingual OFF_PAPER = new Bilingual("以下各项不印在%s上", "Not printed on the %s:");

    // Typing and pasting, and the keys every screen shares
    public static final Bilingual PASTE_NOWHERE = new Bilingual("粘贴的文字没有用上：先选中一格（或按 Enter 开始输入）再粘贴",
            "the pasted text was not used: select a cell (or press Enter to type) and paste there");
    public static final Bilingual KEEP_KEY = new Bilingual("Enter 确认", "Enter keep");
    public static final Bilingual NEW_LINE_KEY = new Bilingual("Alt-Enter 换行", "Alt-Enter new line");
    public static final Bilingual NEXT_CELL_KEY = new Bilingual("Tab 确认并右移", "Tab keep, move right");
    public static final Bilingual CANCEL_KEY = new Bilingual("Esc 取消", "Esc cancel");
    public static final Bilingual CLEAR_KEY = new Bilingual("Ctrl-U 清空", "Ctrl-U clear");
    public static final Bilingual KEEP_AND_SAVE_KEY = new Bilingual("Ctrl-S 确认并保存", "Ctrl-S keep and save");
    public static final Bilingual HELP_KEY = new Bilingual("帮助", "help");
    public static final Bilingual SAVE = new Bilingual("保存", "save");
    public static final Bilingual UNDO = new Bilingual("撤销", "undo");
    public static final Bilingual REPORT = new Bilingual("报表", "report");
    public static final Bilingual BACK = new Bilingual("返回", "back");

    // The trainers' rules screen
    public static final Bilingual PROJECT_TOTAL = new Bilingual("本项目 总分 等级", "This project: total, grade");
    public static final Bilingual SCORES_DIFFER = new Bilingual("得分不同的指标", "indicators scored differently");
    public static final Bilingual COUNT = new Bilingual("%d 个", "%d");
    public static final Bilingual SAMPLE_SCORE = new Bilingual("示例指标得分", "Sample indicator's score");
    public static final Bilingual SAMPLE = new Bilingual("示例：", "Sample: ");
    public static final Bilingual NOT_SCORED_SHORT = new Bilingual("不计分", "not scored");
    public static final Bilingual COLON = new Bilingual("：", ": ");
    public static final Bilingual EDIT = new Bilingual("修改", "edit");
    public static final Bilingual CLEAR_CELL = new Bilingual("清空本格（可撤销）", "empty the cell (can be undone)");
    public static final Bilingual LOADING = new Bilingual("读取中…", "Loading…");
    public static final Bilingual SAVING = new Bilingual("保存中…", "Saving…");

    // Starting
    public static final Bilingual NO_TERMINAL = new Bilingual(
            "没有可用的终端，也没有图形界面：请在终端窗口里运行 jixiao（命令行子命令不需要终端，见 jixiao --help）",
            "there is no terminal and no display: run jixiao in a terminal window (the subcommands need none; see jixiao --help)");

    // The register
    public static final Bilingual DECLARATION_SHORT = new Bilingual("申报", "decl");
    public static final Bilingual SELF_EVALUATION_SHORT = new Bilingual("自评", "self");
    public static final Bilingual ERRORS_WARNINGS_SHORT = new Bilingual("错/醒", "E/W");

    // Findings
    public static final Bilingual TARGET_QUALITY = new Bilingual("目标质量", "targets");

    // The form's own labels where the UI lays them out
    public static final Bilingual APPLIED_TOTAL = new Bilingual("年度资金申请总额", "total applied for");
    public static final Bilingual FISCAL_LINE = new Bilingual("其中：当年财政拨款", "of which: this year's appropriation");

    // Refusals of what was typed
    public static final Bilingual YEAR_FOUR_DIGITS = new Bilingual("年度须为四位年份，如 2025", "the year is four digits, e.g. 2025");
    public static final Bilingual NAME_NEEDED = new Bilingual("项目名称不能为空", "a project needs a name");
    public static final Bilingual HELP_LEGEND = new Bilingual("标记：错 = 错误，疑 = 提醒，≠ = 与表上印的数不一致；得分后的 * 表示人工评分。",
            "Marks: E = error, W = warning, ≠ = differs from the printed figure; * after a score: set by hand.");
    public static final Bilingual HELP_MORE = new Bilingual("（↓ PgDn 还有 %d 行）", "(↓ PgDn: %d more lines)");

    // Help (F1)
    public static final Bilingual HELP_TYPING = new Bilingual("输入：在格子上直接打字即替换原值；Enter 或 F2 修改原值（光标在末尾）；"
                    + "Enter 确认并留在本格，Tab 确认并右移，Shift-Tab 左移，Esc 放弃并恢复原值，Ctrl-U 清空。"
                    + "偏差说明和目标可写多行：Alt-Enter 换行。得分、总分和等级随每一键重算。",
                    "Typing: type on a cell to replace its value; Enter or F2 edits it (the caret at the end); "
                    + "Enter keeps and stays, Tab keeps and moves right, Shift-Tab left, Esc drops the typing, Ctrl-U clears. "
                    + "Notes and goals take several lines: Alt-Enter starts one. Scores, total and grade follow every key.");
    public static final Bilingual HELP_PASTING = new Bilingual("粘贴：输入时粘贴的文字整段放进本格（多行栏保留换行，单行栏换行变空格）；"
                    + "在格子上粘贴即替换该格；粘贴的文字从不当作按键。",
                    "Pasting: while typing, the whole text goes into the field (line breaks kept in notes and goals, "
                    + "spaces elsewhere); on a cell it replaces the value; pasted text never acts as keys.");
    public static final Bilingual HELP_SAVING = new Bilingual("保存：修改先留在屏幕上，按 Ctrl-S 写入数据库；离开有未保存修改的项目时会询问。"
                    + "在格子屏幕上字母键用于输入，所以用 Esc 返回；其他屏幕 q 也可返回。",
                    "Saving: edits stay on screen until Ctrl-S writes them; leaving a project with unsaved edits asks first. "
                    + "On screens of cells letters type, so Esc goes back; elsewhere q does too.");
    public static final Bilingual SCROLL_DOWN = new Bilingual("向下翻看", "scroll down");
    public static final Bilingual SCROLL_UP = new Bilingual("向上翻看", "scroll up");
    public static final Bilingual NEXT_PAGE = new Bilingual("下一页", "next page");
    public static final Bilingual PREVIOUS_PAGE = new Bilingual("上一页", "previous page");
    public static final Bilingual HELP_TOP = new Bilingual("开头", "top");
    public static final Bilingual HELP_BOTTOM = new Bilingual("末尾", "bottom");

    // The trainers' rule sets
    public static final Bilingual OPEN_RULE_SET_PROMPT = new Bilingual("打开规则集（文件路径或内置名称）", "Open a rule set (a file, or a built-in name)");
    public static final Bilingual SAVE_RULE_SET_PROMPT = new Bilingual("保存到文件", "Save to the file");
    public static final Bilingual CANNOT_SCORE = new Bilingual("这样的规则集无法计分：%s", "a rule set like this cannot score: %s");
    public static final Bilingual RULES_UNSAVED = new Bilingual("规则集的修改还没有保存到文件。", "The rule sets have changes not saved to a file.");
    public static final Bilingual RULES_UNSAVED_KEYS = new Bilingual("d 放弃修改并返回 / Esc 留下（Ctrl-S 保存）",
            "d drop the changes and go back / Esc stay (Ctrl-S saves)");
    public static final Bilingual OVERWRITE = new Bilingual("文件 %s 已存在，覆盖？", "%s exists: overwrite it?");
    public static final Bilingual OVERWRITE_KEYS = new Bilingual("y 覆盖 / n 或 Esc 取消", "y overwrite / n or Esc keep it");
    public static final Bilingual OPEN_A_RULE_SET = new Bilingual("打开规则集", "open a rule set");
    public static final Bilingual SAVE_TO_A_FILE = new Bilingual("保存到文件", "save to a file");

    // A project's screens: save, undo, report, conflicts
    public static final Bilingual NOTHING_TO_UNDO = new Bilingual("没有可撤销的修改", "nothing to undo");
    public static final Bilingual NOTHING_TO_SAVE = new Bilingual("没有未保存的修改", "nothing to save");
    public static final Bilingual NO_REPORTS = new Bilingual("此处无法生成报表", "reports cannot be written here");
    public static final Bilingual NO_RULE_SET_FILES = new Bilingual("此处无法保存规则集文件", "rule-set files cannot be saved here");
    public static final Bilingual BUSY = new Bilingual("正在保存，请稍候", "saving, a moment");
    public static final Bilingual CONFLICT = new Bilingual("保存冲突：%s。%s", "Conflict: %s. %s");
    public static final Bilingual CONFLICT_CLASHES = new Bilingual("双方都改了：%s；其余修改可以合并",
            "both of you changed: %s; the other changes merge");
    public static final Bilingual CONFLICT_NO_CLASH = new Bilingual("没有双方都改的字段，可以合并",
            "no field was changed by both of you: they merge");
    public static final Bilingual CONFLICT_KEYS = new Bilingual("o 合并并保存（双方都改的用我的）/ r 放弃我的修改并重新载入 / Esc 暂不处理",
            "o merge and save (mine where both changed) / r drop mine and reload / Esc decide later");
    public static final Bilingual INDICATOR_ROWS = new Bilingual("指标的行（双方都增删了行）", "the indicator rows (both added or removed rows)");
    public static final Bilingual ROW_AND_COLUMN = new Bilingual("第 %s 行%s", "row %s %s");
    public static final Bilingual WRITING_THE_REPORT = new Bilingual("正在生成报表…", "writing the report…");
    public static final Bilingual UNDONE = new Bilingual("已撤销", "undone");
    public static final Bilingual RELOADED = new Bilingual("已重新载入；可用 Ctrl-Z 找回你的修改", "reloaded; Ctrl-Z brings your edits back");

    // Findings, explanation
    public static final Bilingual ABOUT_THE_FORM = new Bilingual("这一条关于整张表，不是某个指标：按 F5 看项目与资金",
            "this one is about the whole form, not an indicator: F5 shows the project and funding");
    public static final Bilingual GO_TO_THE_INDICATOR = new Bilingual("到该指标", "go to the indicator");
    public static final Bilingual PROJECT_AND_FUNDING = new Bilingual("项目与资金", "project");
    public static final Bilingual WRITE_THE_DEVIATION_NOTE = new Bilingual("写偏差说明", "write the deviation note");
    public static final Bilingual SCORE_BY_HAND = new Bilingual("人工评分", "score by hand");
    public static final Bilingual PREVIOUS_INDICATOR = new Bilingual("上一个指标", "previous indicator");
    public static final Bilingual NEXT_INDICATOR = new Bilingual("下一个指标", "next indicator");

    // The register's keys and questions
    public static final Bilingual SEARCH_PROMPT = new Bilingual("搜索（名称或单位）", "Search (name or unit)");
    public static final Bilingual DELETE_PROJECT = new Bilingual("删除项目“%s”？删除记入历史。",
            "Delete project '%s'? The deletion is kept in the history.");
    public static final Bilingual DELETE_KEYS = new Bilingual("y 删除 / n 或 Esc 取消", "y delete / n or Esc keep");
    public static final Bilingual NOTHING_SELECTED = new Bilingual("没有选中的项目", "no project is selected");
    public static final Bilingual OPEN = new Bilingual("打开", "open");
    public static final Bilingual NEW = new Bilingual("新建", "new");
    public static final Bilingual DELETE = new Bilingual("删除", "delete");
    public static final Bilingual SEARCH = new Bilingual("搜索", "search");
    public static final Bilingual YEAR_FILTER = new Bilingual("年度", "year");
    public static final Bilingual RULES_DEMO = new Bilingual("规则演示", "rules");
    public static final Bilingual CLEAR_THE_FILTER_OR_QUIT = new Bilingual("清除筛选，没有筛选时退出", "clear the filter, or quit");
    public static final Bilingual QUIT = new Bilingual("退出", "quit");
    public static final Bilingual FILTER_CLEARED = new Bilingual("已清除筛选", "filter cleared");
    public static final Bilingual NOT_EXPLAINED = new Bilingual("申报表不计分，没有评分说明", "a declaration is not scored");

    // The indicators' keys and questions
    public static final Bilingual UNSAVED_EDITS = new Bilingual("有未保存的修改。", "There are unsaved edits.");
    public static final Bilingual UNSAVED_EDITS_KEYS = new Bilingual("s 保存后返回 / d 放弃修改 / Esc 留下",
            "s save and go back / d drop them / Esc stay");
    public static final Bilingual DELETE_INDICATOR = new Bilingual("删除第 %d 行指标“%s”？（可撤销）",
            "Delete indicator %d '%s'? (can be undone)");
    public static final Bilingual DELETE_INDICATOR_KEYS = new Bilingual("y 删除 / n 或 Esc 保留", "y delete / n or Esc keep");
    public static final Bilingual EXPLAIN_KEY = new Bilingual("评分说明", "explain");
    public static final Bilingual FINDINGS_KEY = new Bilingual("问题", "findings");
    public static final Bilingual RULES_ON_THIS_PROJECT = new Bilingual("规则演示（用本项目）", "rules, on this project");
    public static final Bilingual ADD_A_ROW = new Bilingual("添加一行", "add a row");
    public static final Bilingual DELETE_THE_ROW = new Bilingual("删除本行", "delete the row");
    public static final Bilingual MOVE_THE_ROW_UP = new Bilingual("本行上移", "move the row up");
    public static final Bilingual MOVE_THE_ROW_DOWN = new Bilingual("本行下移", "move the row down");

    // Moving through tables
    public static final Bilingual INDICATORS_KEY = new Bilingual("绩效指标", "indicators");
    public static final Bilingual CELL_TO_THE_LEFT = new Bilingual("左一格", "cell to the left");
    public static final Bilingual CELL_TO_THE_RIGHT = new Bilingual("右一格", "cell to the right");
    public static final Bilingual NEXT_CELL = new Bilingual("下一格（行末转到下一行）", "next cell (then the next row)");
    public static final Bilingual PREVIOUS_CELL = new Bilingual("上一格", "previous cell");
    public static final Bilingual FIRST_CELL_OF_THE_ROW = new Bilingual("本行第一格", "first cell of the row");
    public static final Bilingual LAST_CELL_OF_THE_ROW = new Bilingual("本行最后一格", "last cell of the row");
    public static final Bilingual PREVIOUS_ROW = new Bilingual("上一行", "previous row");
    public static final Bilingual NEXT_ROW = new Bilingual("下一行", "next row");
    public static final Bilingual FIRST_ROW = new Bilingual("第一行", "first row");
    public static final Bilingual LAST_ROW = new Bilingual("最后一行", "last row");

    // Patterns with a value put in (see format)
    public static final Bilingual NOT_A_NUMBER = new Bilingual("“%s” 不是数字（例：12.50 或 4,099,271.00）",
            "'%s' is not a number (e.g. 12.50 or 4,099,271.00)");
    public static final Bilingual NOT_A_DATE = new Bilingual("“%s” 不是有效日期（例：2025-01-01 或 2025年1月1日）",
            "'%s' is not a calendar date (e.g. 2025-01-01)");
    public static final Bilingual LINE_AND_COLUMN = new Bilingual("%s %s", "%s, %s");
    public static final Bilingual FAILED = new Bilingual("出错了：%s", "failed: %s");
    public static final Bilingual OPENED_RULE_SET = new Bilingual("已打开规则集 %s", "opened the rule set %s");
    public static final Bilingual NOT_A_FILE_NAME = new Bilingual("不是有效的文件名：%s", "not a file name: %s");
    public static final Bilingual RULE_SET_SAVED = new Bilingual("规则集已保存到 %s", "rule set saved to %s");
    public static final Bilingual REPORT_WRITTEN = new Bilingual("报表已写入 %s", "report written to %s");
    public static final Bilingual LIST_SEPARATOR = new Bilingual("、", ", ");
    public static final Bilingual DELETED = new Bilingual("已删除“%s”", "deleted '%s'");
    public static final Bilingual PROJECT_EXISTS = new Bilingual("已有项目“%s”：请打开它，或换个名称",
            "project '%s' exists: open it, or choose another name");
    public static final Bilingual ERROR_MARK = new Bilingual("错", "E ");
    public static final Bilingual WARNING_MARK = new Bilingual("疑", "W ");
    public static final Bilingual UNAVAILABLE = new Bilingual("（现在不可用：%s）", " (unavailable now: %s)");

    // A new project: its paper first
    public static final Bilingual WHICH_FORM = new Bilingual("新建哪一种表？", "Which form is the new project?");
    public static final Bilingual WHICH_FORM_KEYS = new Bilingual("1 申报表（绩效目标申报）/ 2 自评表 / Esc 取消",
            "1 declaration (targets) / 2 self-evaluation / Esc cancel");
    public static final Bilingual NEW_FORM = new Bilingual("新建%s", "New %s");

    // The stages of the year
    public static final Bilingual STAGES = new Bilingual("阶段", "Stages");
    public static final Bilingual STAGE_CURRENT = new Bilingual("当前", "current");
    public static final Bilingual STAGE_READ_ONLY = new Bilingual("只读", "read-only");
    public static final Bilingual STAGE_REOPENED = new Bilingual("已重新打开", "reopened");
    public static final Bilingual START_NEXT_STAGE = new Bilingual("开始下一阶段", "start the next stage");
    public static final Bilingual WHICH_STAGE = new Bilingual("开始哪个阶段？（从%s复制在用的指标和目标，不必重输）",
            "Start which stage? (the indicators and targets in force are copied from the %s: nothing is retyped)");
    public static final Bilingual NO_STAGE_TO_START = new Bilingual("没有可以开始的阶段：%s", "no stage can start now: %s");
    public static final Bilingual SAVE_BEFORE_STARTING = new Bilingual("请先保存（Ctrl-S）再开始下一阶段",
            "save first (Ctrl-S), then start the next stage");
    public static final Bilingual THE_WHOLE_RETURN = new Bilingual("整张运行监控表（不逐项合并：合并即用我的）",
            "the whole monitoring return (not merged field by field: merging keeps mine)");
    public static final Bilingual SAVE_FIRST = new Bilingual("请先保存（Ctrl-S）", "save first (Ctrl-S)");
    public static final Bilingual MONTH_PROMPT = new Bilingual("监控月份（1–12，监控 1 月至该月）", "Month of the return (1-12: January to it)");
    public static final Bilingual NOT_A_MONTH = new Bilingual("“%s” 不是 1 到 12 的月份", "'%s' is not a month from 1 to 12");
    public static final Bilingual STAGE_STARTED = new Bilingual("已开始%s", "started the %s");
    public static final Bilingual STARTING = new Bilingual("开始中…", "starting…");

    // The years side by side
    public static final Bilingual TREND = new Bilingual("历年对比", "Over the years");
    public static final Bilingual TREND_KEY = new Bilingual("历年对比", "years");
    public static final Bilingual TREND_INDICATORS = new Bilingual("绩效指标（年度指标值 → 实际完成值）",
            "Indicators (target → actual)");
    public static final Bilingual MATCHED_BY = new Bilingual("匹配方式", "Matched by");

    // The monitoring return
    public static final Bilingual MONITORING = new Bilingual("运行监控 %s", "Monitoring %s");
    public static final Bilingual MONITORING_KEY = new Bilingual("运行监控", "monitoring");
    public static final Bilingual NO_MONITORING = new Bilingual("本年度还没有运行监控：在项目与资金（F5）按 F7 开始",
            "this year has no monitoring return yet: F7 on the project screen (F5) starts one");
    public static final Bilingual PROJECT_LIGHT = new Bilingual("项目灯", "Project light");
    public static final Bilingual BUDGET_LIGHT = new Bilingual("预算灯", "Budget light");
    public static final Bilingual LIGHT = new Bilingual("灯", "Light");
    public static final Bilingual BUDGET = new Bilingual("全年预算数", "Budget");
    public static final Bilingual RATE = new Bilingual("执行率", "Rate");
    public static final Bilingual INDICATOR = new Bilingual("三级指标", "Indicator");
    public static final Bilingual TARGET_IN_FORCE = new Bilingual("年度指标值", "Target");
    public static final Bilingual LIGHT_EXPLAIN_KEY = new Bilingual("灯的说明", "why this light");
    public static final Bilingual LIGHTS = new Bilingual("预警灯说明", "How the light comes about");
    public static final Bilingual CAUSES_PICK = new Bilingual("偏差原因（按数字选中或取消，Esc 完成）：%s",
            "Causes (a digit ticks or unticks one, Esc when done): %s");
    public static final Bilingual CAUSES_HINT = new Bilingual("（1–5 选中/取消，Enter 列表）", "(1-5 tick/untick, Enter: the list)");
    public static final Bilingual LIKELIHOOD_HINT = new Bilingual("（1 确定能 2 有可能 3 完全不可能）", "(1 certain 2 possible 3 impossible)");
    public static final Bilingual CAUSES_PICK_KEYS = new Bilingual("1–5 选中/取消  Esc 完成", "1-5 tick/untick  Esc done");
    public static final Bilingual NOT_A_LIKELIHOOD = new Bilingual("“%s” 不是：1 确定能 / 2 有可能 / 3 完全不可能",
            "'%s' is not one of: 1 certain / 2 possible / 3 impossible");
    public static final Bilingual NOT_A_CAUSE = new Bilingual("“%s” 不是偏差原因：1 经费保障 2 制度保障 3 人员保障 4 硬件条件保障 5 其他",
            "'%s' is not a cause: 1 funding 2 rules 3 staff 4 equipment 5 other");
    public static final Bilingual NOT_YES_NO = new Bilingual("“%s”：请填 是 或 否", "'%s': type yes or no");
    public static final Bilingual YES = new Bilingual("是", "yes");
    public static final Bilingual NO = new Bilingual("否", "no");
    public static final Bilingual RATIO = new Bilingual("进度比", "Against the schedule");

    private Words() {
    }

    /** A pattern's words with the same arguments put into both languages: a number, a name, a path. */
    public static Bilingual format(Bilingual pattern, Object... arguments) {
        return new Bilingual(String.format(pattern.zh(), arguments), String.format(pattern.en(), arguments));
    }

    /** A pattern's words with words put into each language's pattern in that language. */
    public static Bilingual format(Bilingual pattern, Bilingual first, Bilingual second) {
        return new Bilingual(String.format(pattern.zh(), first.zh(), second.zh()),
                String.format(pattern.en(), first.en(), second.en()));
    }

    /** Words one after the other, as each language lists things: {@code 甲、乙}, {@code a, b}. */
    public static Bilingual listed(List<Bilingual> items) {
        return new Bilingual(String.join(LIST_SEPARATOR.zh(), items.stream().map(Bilingual::zh).toList()),
                String.join(LIST_SEPARATOR.en(), items.stream().map(Bilingual::en).toList()));
    }

    /** A pattern's words with words put in, each language's in that language. */
    public static Bilingual format(Bilingual pattern, Bilingual argument) {
        return new Bilingual(String.format(pattern.zh(), argument.zh()), String.format(pattern.en(), argument.en()));
    }
}
