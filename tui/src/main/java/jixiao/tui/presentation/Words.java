package jixiao.tui.presentation;

import jixiao.domain.language.Bilingual;

/** The text UI's own words; the form's words come with the domain types (labels of columns, rules, grades). */
public final class Words {

    public static final Bilingual APP = new Bilingual("绩效", "jixiao");
    public static final Bilingual PROJECTS = new Bilingual("项目", "Projects");
    public static final Bilingual INDICATORS = new Bilingual("绩效指标", "Indicators");
    public static final Bilingual PROJECT = new Bilingual("项目信息与资金", "Project and funding");
    public static final Bilingual EXPLAIN = new Bilingual("评分说明", "How the score comes about");
    public static final Bilingual FINDINGS = new Bilingual("问题清单", "Findings");
    public static final Bilingual RULES = new Bilingual("评分规则演示", "Scoring rules, live");
    public static final Bilingual HELP = new Bilingual("按键说明", "Keys");
    public static final Bilingual NEW_PROJECT = new Bilingual("新建项目", "New project");
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
    public static final Bilingual FUNDING = new Bilingual("项目资金（%s）", "Funding (%s)");
    public static final Bilingual FUNDING_NO_UNIT = new Bilingual("项目资金", "Funding");
    public static final Bilingual OFF_PAPER = new Bilingual("以下各项不印在%s上", "Not printed on the %s:");
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

    private Words() {
    }
}
