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
    public static final Bilingual NO_INDICATORS = new Bilingual("还没有指标：按 a 添加", "No indicators yet: press a to add one");
    public static final Bilingual FILTER = new Bilingual("筛选", "Filter");
    public static final Bilingual RULE_SET = new Bilingual("规则", "Rule set");
    public static final Bilingual TARGET = new Bilingual("目标", "Target");
    public static final Bilingual ACTUAL = new Bilingual("实际", "Actual");
    public static final Bilingual WEIGHT = new Bilingual("分值", "Weight");
    public static final Bilingual FUNDING = new Bilingual("资金（%s）", "Funding (%s)");
    public static final Bilingual LOADING = new Bilingual("读取中…", "Loading…");
    public static final Bilingual SAVING = new Bilingual("保存中…", "Saving…");

    private Words() {
    }
}
