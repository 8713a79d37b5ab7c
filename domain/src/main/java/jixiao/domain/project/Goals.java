package jixiao.domain.project;

import java.util.Objects;

/** The free-text blocks: 项目总目标, 年度总体目标 and, after the year, 实际完成情况. */
public record Goals(String overall, String annual, String actualSummary) {

    public static final Goals EMPTY = new Goals("", "", "");

    public Goals {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(actualSummary, "actualSummary");
    }

    public Goals withOverall(String changed) {
        return new Goals(changed, annual, actualSummary);
    }

    public Goals withAnnual(String changed) {
        return new Goals(overall, changed, actualSummary);
    }

    public Goals withActualSummary(String changed) {
        return new Goals(overall, annual, changed);
    }
}
