package jixiao.app.output;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;

/** The few labels the command line prints around the domain's own words. */
enum Words {
    SCORE("得分", "score"),
    OF("满分", "of"),
    FLAGS("标记", "flags"),
    SUGGESTED("规则建议", "suggested"),
    MANUAL("人工评分", "manual"),
    EXECUTION_RATE("执行率", "execution rate"),
    EXECUTION_SCORE("执行得分", "execution score"),
    TOTAL("总分", "total"),
    GRADE("等级", "grade"),
    NO_FINDINGS("未发现问题", "no findings"),
    NOT_SCORED("申报表不计分", "a declaration is not scored"),
    NOT_SCORED_STAGE("不计分", "is not scored"),
    PROJECTS("个项目", "projects"),
    ERRORS("错误", "errors"),
    WARNINGS("提醒", "warnings"),
    MISMATCHES("不一致", "mismatches"),
    ROW("第", "row"),
    RULE_SET("规则集", "rule set"),
    STORED_RULE_SET("存有规则集", "stored with rule set"),
    PARAMETERS("参数", "parameters"),
    YEAR("年度", "year"),
    UNIT("单位", "unit"),
    NAME("项目名称", "name"),
    REVISION("版本", "revision"),
    DEVIATION("偏差说明", "deviation note"),
    INSERT("新增", "added"),
    UPDATE("修改", "changed"),
    DELETE("删除", "deleted"),
    FILE("文件", "file"),
    SCHEMA("结构版本", "schema version"),
    PROJECTS_COUNT("项目", "projects"),
    INDICATORS("指标", "indicators"),
    CHANGES("变更记录", "changes"),
    TARGET_FINDINGS("条目标质量提醒", "target-quality findings"),
    STAGE("阶段", "stage"),
    STAGES("各阶段", "stages"),
    LIGHT("预警", "light"),
    PROJECT_LIGHT("项目预警", "project light"),
    BUDGET_LIGHT("预算执行", "budget"),
    READ_ONLY("只读", "read-only"),
    REOPENED("已重新打开", "reopened"),
    DECLARED("申报", "declared"),
    ADJUSTED("调整为", "adjusted to"),
    TREND("各年度对比", "over the years"),
    MATCHED_BY("匹配依据", "matched by");

    private final Bilingual text;

    Words(String zh, String en) {
        this.text = new Bilingual(zh, en);
    }

    String zh() {
        return text.zh();
    }

    String en() {
        return text.en();
    }

    String in(Language language) {
        return text.in(language);
    }
}
