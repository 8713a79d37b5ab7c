package jixiao.domain.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jixiao.domain.check.FindingKind;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.target.Target;

/**
 * The same target under the same level-2 category in every project a unit filed that year (every
 * cost target {@code 成本不超过预算}, every satisfaction target {@code ≥85.00(%)}): a target copied from
 * form to form was not set for the project. Only units with at least {@link #MIN_PROJECTS}
 * projects count, since two forms may agree by chance.
 */
final class SameTargetAcrossUnit implements LintRule {

    static final String CODE = FindingKind.SAME_TARGET_IN_EVERY_PROJECT.code();
    static final int MIN_PROJECTS = 3;

    @Override
    public List<LintFinding> check(Project project, List<Project> others) {
        List<Project> unit = Stream.concat(Stream.of(project), others.stream()
                .filter(other -> other.key().year() == project.key().year()
                        && other.key().unit().equals(project.key().unit())
                        && !other.key().equals(project.key())))
                .toList();
        List<LintFinding> found = new ArrayList<>();
        if (unit.size() < MIN_PROJECTS) {
            return found;
        }
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            String key = key(indicator);
            if (indicator.target() instanceof Target.Blank || !reported.add(key)
                    || !unit.stream().allMatch(other -> other.indicators().stream().anyMatch(o -> key(o).equals(key)))) {
                continue;
            }
            IndicatorRef ref = new IndicatorRef(i, indicator.name());
            found.add(LintFinding.about(project.key(), CODE, ref, new Bilingual(
                    ref.name() + "：本单位 " + project.key().year() + " 年全部 " + unit.size() + " 个项目的"
                            + indicator.level2().strip() + "目标都是“" + indicator.target().text() + "”：目标应按项目设定",
                    ref.name() + ": all " + unit.size() + " projects of the unit in " + project.key().year()
                            + " have the " + indicator.level2().strip() + " target '" + indicator.target().text()
                            + "': targets should be set for each project")));
        }
        return found;
    }

    private static String key(Indicator indicator) {
        return indicator.level2().strip() + "\u0000" + HalfWidth.of(indicator.target().text()).replaceAll("\\s+", "");
    }
}
