package jixiao.domain.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.check.FindingKind;
import jixiao.domain.check.IndicatorRef;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Comparator;
import jixiao.domain.target.Quantity;
import jixiao.domain.target.Target;
import jixiao.domain.trend.Match;
import jixiao.domain.trend.SameProject;

/**
 * A target far below what the same project reached the year before: the previous year's
 * self-evaluation and the same indicator in it, as {@link SameProject} matches them for the trend
 * (by code, else by unit and name; indicators by name). "Far below"
 * is at most {@link #SHARE} of last year's actual ({@code ≥4(套)} after 78 套 were bought), a gap
 * no change of plan explains without a word. Only targets that ask for at least some amount
 * ({@code ≥ > =}) and actuals in the same unit are compared.
 */
final class TargetBelowLastYear implements LintRule {

    static final String CODE = FindingKind.TARGET_BELOW_LAST_ACTUAL.code();
    static final BigDecimal SHARE = new BigDecimal("0.5");

    private static final Set<Comparator> AT_LEAST_SOME = EnumSet.of(Comparator.AT_LEAST, Comparator.MORE_THAN,
            Comparator.EQUAL);

    @Override
    public List<LintFinding> check(Project project, List<Project> others) {
        List<LintFinding> found = new ArrayList<>();
        Optional<Project> lastYear = SameProject.in(project.key().year() - 1, project.key(), others)
                .map(Match::form).filter(form -> form.kind() == FormKind.SELF_EVALUATION);
        if (lastYear.isEmpty()) {
            return found;
        }
        for (int i = 0; i < project.indicators().size(); i++) {
            Indicator indicator = project.indicators().get(i);
            if (!(indicator.target() instanceof Target.Quantitative target) || !AT_LEAST_SOME.contains(target.comparator())
                    || target.quantity().number().signum() <= 0) {
                continue;
            }
            Optional<Actual.Measured> reached = SameProject.indicator(project, i, lastYear.get())
                    .map(Indicator::actual)
                    .filter(Actual.Measured.class::isInstance)
                    .map(Actual.Measured.class::cast)
                    .filter(actual -> sameUnit(target.quantity(), actual.quantity()));
            if (reached.isPresent() && farBelow(target.quantity().number(), reached.get().quantity().number())) {
                IndicatorRef ref = new IndicatorRef(i, indicator.name());
                int previous = lastYear.get().key().year();
                found.add(LintFinding.about(project.key(), CODE, ref, new Bilingual(
                        ref.name() + "：目标“" + target.text() + "”远低于 " + previous + " 年实际完成值 "
                                + reached.get().text() + "：请说明目标为何降低",
                        ref.name() + ": the target '" + target.text() + "' is far below the " + previous
                                + " actual of " + reached.get().text() + ": say why the target was lowered")));
            }
        }
        return found;
    }

    private static boolean sameUnit(Quantity target, Quantity actual) {
        return target.unit().equals(actual.unit()) || target.unit().isNone() || actual.unit().isNone();
    }

    static boolean farBelow(BigDecimal target, BigDecimal lastActual) {
        return lastActual.signum() > 0 && target.compareTo(lastActual.multiply(SHARE)) <= 0;
    }
}
