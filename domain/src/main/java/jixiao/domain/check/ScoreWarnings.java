package jixiao.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Flag;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorecard;

/** The scoring flags a reviewer should look at, as warnings naming the indicator. */
final class ScoreWarnings {

    /** The flags that become warnings; the others are errors or target warnings already. */
    private static final Map<Flag, String> WARNED = Map.of(
            Flag.OVER_TARGET, FindingKind.OVER_TARGET.code(),
            Flag.EQUALS_STRICT_TARGET, FindingKind.EQUALS_STRICT_TARGET.code(),
            Flag.UNIT_MISMATCH, FindingKind.UNIT_MISMATCH.code(),
            Flag.MANUAL_OUTSIDE_BAND, FindingKind.MANUAL_OUTSIDE_BAND.code());

    private ScoreWarnings() {
    }

    static List<Finding> of(Project project, Scorecard card) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < card.indicators().size(); i++) {
            IndicatorScore score = card.indicator(i);
            Indicator indicator = project.indicators().get(i);
            IndicatorRef ref = new IndicatorRef(i, indicator.name());
            for (Flag flag : Flag.values()) {
                if (score.hasFlag(flag) && WARNED.containsKey(flag)) {
                    found.add(Finding.about(Severity.WARNING, WARNED.get(flag), ref, () -> new Bilingual(
                            ref.name() + "：" + flag.meaning().zh() + "（目标 " + indicator.target().text()
                                    + "，实际 " + indicator.actual().text() + "）",
                            ref.name() + ": " + flag.meaning().en() + " (target " + indicator.target().text()
                                    + ", actual " + indicator.actual().text() + ")")));
                }
            }
        }
        return found;
    }
}
