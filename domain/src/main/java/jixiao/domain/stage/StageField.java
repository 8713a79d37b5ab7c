package jixiao.domain.stage;

import java.time.format.TextStyle;
import java.util.Locale;
import jixiao.domain.language.Bilingual;

/**
 * The fields the later stages' papers add to the form's own ({@code FormField}): the monitoring
 * return's (项目支出绩效目标执行监控表), the adjustment's and the declaration's whole-project funding,
 * each with the words its paper prints and its key in the exchange format (within the stage's
 * object: {@code monitoring.indicators[1].progress}). One home for these words: the history's field
 * names, the printouts' labels and the text UI's come from here.
 */
public enum StageField {
    MONTH("month", "监控月份", "Month"),
    /** A funding line's 1–M月执行数: the money spent to the end of the month of the return. */
    EXECUTED_TO_MONTH("executed", "1–M月执行数", "Spent to month M"),
    /** A funding line's 全年预计执行数. */
    EXPECTED_SPENDING("forecast", "全年预计执行数", "Expected spending"),
    BUDGET_CAUSE("budget_cause", "预算执行偏差原因", "Cause of the budget deviation"),
    PROGRESS("progress", "1–M月实际完成值", "Progress to month M"),
    FORECAST("forecast", "全年预计完成值", "Forecast for the year"),
    LIKELIHOOD("likelihood", "完成目标可能性", "Likelihood"),
    CAUSES("causes", "偏差原因", "Causes"),
    CAUSE_NOTE("cause_note", "原因说明", "Cause note"),
    CORRECTION("correction", "纠偏措施", "Correction"),
    SUMMARY("summary", "总体目标完成情况", "Progress on the annual goal"),
    RECTIFY("rectify", "是否需要整改", "To be rectified"),
    RECTIFY_NOTE("rectify_note", "整改措施", "Rectification"),
    REASON("reason", "调整原因", "Reason"),
    APPROVED_ON("approved_on", "批复日期", "Approved on"),
    PROJECT_TOTAL("total", "项目资金总额", "Whole project's funding"),
    PROJECT_FISCAL("fiscal", "其中：财政资金", "of which fiscal"),
    PROJECT_OTHER("other", "其他资金", "Other funding"),
    /** Not on the paper: why a read-only stage was opened to change again. */
    REOPENED("reopened", "重新打开原因", "Reopened because");

    private final String key;
    private final Bilingual label;

    StageField(String key, String zh, String en) {
        this.key = key;
        this.label = new Bilingual(zh, en);
    }

    /** The key in the exchange format, within its object (a funding line, an indicator, the stage's own). */
    public String key() {
        return key;
    }

    public Bilingual label() {
        return label;
    }

    /** The label with the month of the return: {@code 1–7月实际完成值}. */
    public Bilingual label(MonitoringReturn form) {
        Bilingual period = form.period();
        return new Bilingual(label.zh().replace("1–M月", period.zh()), label.en().replace("month M",
                form.month().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
    }
}
