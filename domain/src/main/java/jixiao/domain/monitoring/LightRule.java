package jixiao.domain.monitoring;

import jixiao.domain.language.Bilingual;

/** The rule that lit a light, named as in monitoring.md. */
public enum LightRule {
    BUDGET("budget", new Bilingual("预算执行：执行率 ÷ 时间进度（M/12）",
            "budget: the execution rate ÷ the time elapsed (M/12)")),
    QUANTITY("quantity", new Bilingual("累计类数量指标按时间进度：1–M月完成值 ÷ (年度目标 × M/12)",
            "a quantity that accumulates, against the schedule: progress ÷ (target × M/12)")),
    LEVEL("level", new Bilingual("比率、水平、时限类指标不按时间折算：已达到目标为绿；未达到但确定能或有可能完成为黄；否则为红",
            "a rate, level or deadline is not prorated: green once the target is met; yellow if not yet but "
                    + "certain or possible; red otherwise")),
    REVERSE("reverse", new Bilingual("反向指标（≤、<）：完成值满足目标为绿，否则为红",
            "a reverse target (≤, <): green while the progress satisfies it, red otherwise")),
    QUALITATIVE("qualitative", new Bilingual("定性指标：达成指标为绿，部分达成指标并具有一定效果为黄，未达成指标且效果较差为红",
            "a qualitative indicator: achieved green, partly achieved yellow, not achieved red")),
    LIKELIHOOD("likelihood", new Bilingual("尚无可比较的完成值，按完成目标可能性：确定能为绿，有可能为黄，完全不可能为红",
            "no progress to compare yet, so the likelihood decides: certain green, possible yellow, impossible red"));

    private final String key;
    private final Bilingual description;

    LightRule(String key, Bilingual description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Bilingual description() {
        return description;
    }
}
