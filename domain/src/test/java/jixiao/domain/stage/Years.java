package jixiao.domain.stage;

import jixiao.domain.Forms;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;

/** The 2025 declaration of 工作服置装费 (from the unit's published targets), for the stage tests. */
final class Years {

    private Years() {
    }

    static Project declared() {
        return Forms.form().year(2025).named("工作服置装费")
                .line(FundingSource.TOTAL, "10000.00", null, null).line(FundingSource.FISCAL, "10000.00", null, null)
                .with("成本指标", "经济成本指标", "成本控制率", "成本不超过预算", "", null, null, "")
                .with("产出指标", "数量指标", "工作服数量", "≥4(套)", "", null, null, "")
                .with("产出指标", "质量指标", "购置尺寸一致率", "=100.00(%)", "", null, null, "")
                .with("产出指标", "时效指标", "工作服购置及时", "年底前", "", null, null, "")
                .with("满意度指标", "服务对象满意度指标", "工作人员满意度", "≥90(%)", "", null, null, "")
                .build();
    }

    static ProjectYear declaredYear() {
        return ProjectYear.of(Declaration.of(declared()));
    }
}
