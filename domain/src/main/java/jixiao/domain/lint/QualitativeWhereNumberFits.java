package jixiao.domain.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jixiao.domain.check.FindingKind;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.target.Target;

/**
 * A word target for an indicator whose name asks for a number: a rate (率), a count (数) or an amount
 * (量), such as 成本控制率 with the target 成本不超过预算. 数据 (data) and 质量 (quality) name no
 * number, so they do not count.
 */
final class QualitativeWhereNumberFits implements LintRule {

    static final String CODE = FindingKind.QUALITATIVE_WHERE_NUMERIC.code();

    private static final Pattern NOT_A_MEASURE = Pattern.compile("数据|质量");
    private static final Pattern MEASURE = Pattern.compile("[率数量]");

    @Override
    public List<LintFinding> check(Project project, List<Project> others) {
        List<LintFinding> found = new ArrayList<>();
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            if (indicator.target() instanceof Target.Qualitative target && namesAMeasure(indicator.name())) {
                IndicatorRef ref = new IndicatorRef(i, indicator.name());
                found.add(LintFinding.about(project.key(), CODE, ref, new Bilingual(
                        ref.name() + "：指标名称要求数值，目标却是文字“" + target.text() + "”：能量化的应量化",
                        ref.name() + ": the name asks for a number but the target is the words '" + target.text()
                                + "': quantify what can be quantified")));
            }
        }
        return found;
    }

    static boolean namesAMeasure(String name) {
        return MEASURE.matcher(NOT_A_MEASURE.matcher(name).replaceAll("")).find();
    }
}
