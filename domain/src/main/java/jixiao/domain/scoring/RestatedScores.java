package jixiao.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;

/**
 * What happens to a score set by hand when the values it was scored on change. Published forms
 * print every score, so an imported form carries a "manual" score even where the rules give the
 * same: such a score only restates the rules, and once its indicator's target, actual or weight
 * is edited it is released, so that the rules score the new values. A score that differs from the
 * rules was a person's judgement and stays. One home for the policy: every editor applies it here.
 */
public final class RestatedScores {

    private RestatedScores() {
    }

    /**
     * {@code edited} with the restated scores released, where {@code scored} is the scorecard of
     * {@code before}. Indicators are matched by position; an edit that adds, removes or moves rows
     * changes no value, so it releases nothing.
     */
    public static Project release(Project before, Scorecard scored, Project edited) {
        if (before.indicators().size() != edited.indicators().size()) {
            return edited;
        }
        List<Indicator> indicators = new ArrayList<>(edited.indicators());
        boolean released = false;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator was = before.indicators().get(i);
            Indicator is = indicators.get(i);
            if (scored.indicator(i).isManualAsRulesGive() && rescored(was, is)
                    && is.manualScore().equals(was.manualScore())) {
                indicators.set(i, is.withManualScore(Optional.empty()));
                released = true;
            }
        }
        return released ? edited.withIndicators(indicators) : edited;
    }

    /** Whether the rules score the two differently: a changed target, actual or weight. */
    private static boolean rescored(Indicator before, Indicator after) {
        return !before.target().text().equals(after.target().text())
                || !before.actual().text().equals(after.actual().text())
                || !before.weight().equals(after.weight());
    }
}
