package jixiao.domain.check;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.target.Target;

/** Targets the rules cannot use: empty, or numeric-looking but unreadable. Apply to both forms. */
final class TargetWarnings {

    private TargetWarnings() {
    }

    static List<Finding> of(Project project) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            IndicatorRef ref = new IndicatorRef(i, indicator.name());
            if (indicator.target() instanceof Target.Blank) {
                found.add(Finding.about(Severity.WARNING, FindingKind.EMPTY_TARGET.code(), ref, () -> new Bilingual(
                        ref.name() + "：未填年度指标值", ref.name() + ": the target is empty")));
            } else if (indicator.target() instanceof Target.Unreadable unreadable) {
                found.add(Finding.about(Severity.WARNING, FindingKind.UNREADABLE_TARGET.code(), ref, () -> new Bilingual(
                        ref.name() + "：目标“" + unreadable.text() + "”无法读取（" + unreadable.reason().zh()
                                + "），按定性指标处理",
                        ref.name() + ": the target '" + unreadable.text() + "' cannot be read ("
                                + unreadable.reason().en() + "); treated as qualitative")));
            }
        }
        return found;
    }
}
