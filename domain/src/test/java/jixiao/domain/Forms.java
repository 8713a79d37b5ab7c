package jixiao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;

/** Builds small forms for tests, in the words of the forms. */
public final class Forms {

    private int year = 2024;
    private String name = "测试项目";
    private String unit = "某单位";
    private String code = "";
    private String moneyUnit = "万元";
    private final Map<FundingSource, FundingLine> funding = new EnumMap<>(FundingSource.class);
    private final List<Indicator> indicators = new ArrayList<>();
    private Published published = Published.NONE;

    public static Forms form() {
        return new Forms();
    }

    /** A numbered indicator under 产出指标/数量指标 with no manual score and no note. */
    public static Indicator indicator(String target, String actual, String weight) {
        return Indicator.of("产出指标", "数量指标", "指标", target, actual, number(weight), null, "");
    }

    public static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    /** A manual score, as {@link Indicator#withManualScore} takes it. */
    public static Optional<BigDecimal> score(String text) {
        return Optional.ofNullable(number(text));
    }

    public Forms year(int value) {
        year = value;
        return this;
    }

    public Forms named(String value) {
        name = value;
        return this;
    }

    /** The implementing unit (某单位 unless given). */
    public Forms unit(String value) {
        unit = value;
        return this;
    }

    public Forms code(String value) {
        code = value;
        return this;
    }

    /** The unit the amounts are in (万元 unless given). */
    public Forms money(String value) {
        moneyUnit = value;
        return this;
    }

    /** The total line only, as many forms fill it in. */
    public Forms budget(String adjusted, String executed) {
        funding.put(FundingSource.TOTAL, FundingLine.of(number(adjusted), number(adjusted), number(executed)));
        return this;
    }

    public Forms line(FundingSource source, String initial, String adjusted, String executed) {
        funding.put(source, FundingLine.of(number(initial), number(adjusted), number(executed)));
        return this;
    }

    public Forms with(Indicator indicator) {
        indicators.add(indicator);
        return this;
    }

    /** An indicator with its categories, a manual score (may be null) and a deviation note. */
    public Forms with(String level1, String level2, String indicatorName, String target, String actual,
            String weight, String score, String deviation) {
        return with(Indicator.of(level1, level2, indicatorName, target, actual, number(weight), number(score), deviation));
    }

    public Forms printed(String rate, String executionScore, String total, String grade) {
        published = new Published(Optional.of(new BigDecimal("10.00")), Optional.ofNullable(number(rate)),
                Optional.ofNullable(number(executionScore)), Optional.ofNullable(number(total)),
                Optional.ofNullable(grade));
        return this;
    }

    public Project build() {
        return new Project(new ProjectKey(year, unit, name, code), Profile.EMPTY, new Funding(moneyUnit, funding), Goals.EMPTY,
                indicators, published);
    }

    /**
     * A clean self-evaluation worth 100: execution 10 plus cost 20, quantity 30, quality 20,
     * benefit 10, satisfaction 10, all met.
     */
    public static Forms clean() {
        return form().budget("100.00", "100.00")
                .with("成本指标", "经济成本指标", "成本控制", "≤100(万元)", "95(万元)", "20", null, "")
                .with("产出指标", "数量指标", "培训次数", "≥4(次)", "5(次)", "30", null, "")
                .with("产出指标", "质量指标", "合格率", "≥95(%)", "98(%)", "20", null, "")
                .with("效益指标", "社会效益指标", "制度完善", "完善", "达成指标", "10", null, "")
                .with("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90(%)", "95(%)", "10", null, "");
    }
}
