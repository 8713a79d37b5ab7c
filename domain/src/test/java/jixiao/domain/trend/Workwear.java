package jixiao.domain.trend;

import jixiao.domain.Forms;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;

/**
 * 工作服置装费 of 上海市医药集中招标采购事务管理所 as published: the 2024 self-evaluation (万元) and the
 * 2025 declaration (元), from {@code examples/}.
 */
final class Workwear {

    static final String UNIT = "上海市医药集中招标采购事务管理所（上海医药采购中心）";

    private Workwear() {
    }

    static Forms evaluated2024() {
        return Forms.form().year(2024).unit(UNIT).named("工作服置装费").money("万元")
                .line(FundingSource.TOTAL, "22.00", "22.00", "18.88").line(FundingSource.FISCAL, "22.00", "22.00", "18.88")
                .with("成本指标", "经济成本指标", "成本节约率", "≥0.00(%)", "14.19(%)", "20.00", null, "")
                .with("产出指标", "数量指标", "工作服数量", "≥75.00(套)", "78.00(套)", "10.00", null, "")
                .with("产出指标", "质量指标", "购置尺寸一致率", "=100.00(%)", "100.00(%)", "5.00", null, "")
                .with("产出指标", "质量指标", "工作服制式规范性", "符合规定制式标准", "达成指标", "5.00", null, "")
                .with("产出指标", "质量指标", "工作服验收通过率", "=100.00(%)", "100.00(%)", "10.00", null, "")
                .with("产出指标", "时效指标", "工作服购置及时", "年底前", "达成指标", "5.00", null, "")
                .with("产出指标", "时效指标", "工作服发放及时", "年底前", "达成指标", "5.00", null, "")
                .with("效益指标", "社会效益指标", "工作服投入使用率", "=100.00(%)", "100.00(%)", "10.00", null, "")
                .with("效益指标", "社会效益指标", "窗口着装服务规范化", "规范", "达成指标", "10.00", null, "")
                .with("满意度指标", "服务对象满意度指标", "管理部门满意度", "≥85.00(%)", "90.00(%)", "2.00", null, "")
                .with("满意度指标", "服务对象满意度指标", "窗口着装有效投诉", "=0(起)", "0.00(起)", "5.00", null, "")
                .with("满意度指标", "服务对象满意度指标", "工作人员满意度", "≥85.00(%)", "90.00(%)", "3.00", null, "");
    }

    static Forms declared2025() {
        return Forms.form().year(2025).unit(UNIT).named("工作服置装费").money("元")
                .line(FundingSource.TOTAL, "10000.00", null, null)
                .line(FundingSource.FISCAL, "10000.00", null, null)
                .with("成本指标", "经济成本指标", "成本控制率", "成本不超过预算", "", null, null, "")
                .with("产出指标", "数量指标", "工作服数量", "≥4(套)", "", null, null, "")
                .with("产出指标", "质量指标", "购置尺寸一致率", "=100.00(%)", "", null, null, "")
                .with("产出指标", "质量指标", "工作服制式规范性", "符合规定制式标准", "", null, null, "")
                .with("产出指标", "质量指标", "工作服验收通过率", "=100.00(%)", "", null, null, "")
                .with("产出指标", "时效指标", "工作服购置及时", "年底前", "", null, null, "")
                .with("产出指标", "时效指标", "工作服发放及时", "年底前", "", null, null, "")
                .with("效益指标", "社会效益指标", "窗口着装服务规范化", "规范", "", null, null, "")
                .with("效益指标", "社会效益指标", "工作服投入使用率", "=100.00(%)", "", null, null, "")
                .with("满意度指标", "服务对象满意度指标", "窗口着装有效投诉", "=0(起)", "", null, null, "")
                .with("满意度指标", "服务对象满意度指标", "工作人员满意度", "≥90(%)", "", null, null, "");
    }

    static Project otherProject2024() {
        return Forms.form().year(2024).unit(UNIT).named("课题经费").budget("5.00", "5.00")
                .with("产出指标", "数量指标", "工作服数量", "≥1(个)", "1.00(个)", "90", null, "").build();
    }
}
