package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.ExecutionScore;
import jixiao.domain.scoring.Scorer;

/**
 * The execution rate of any funding line (the 2024 forms print one per line, and a summary one for
 * a unit's sums). The rule set's formula has one home, the scorer, which rates a form's total
 * line; so a line is rated as the total line of a form holding nothing else.
 */
final class LineRate {

    private final Scorer scorer;

    LineRate(RuleSet rules) {
        this.scorer = new Scorer(rules);
    }

    /** Empty where nothing was executed or nothing budgeted, as for the total line. */
    Optional<BigDecimal> of(FundingLine line) {
        Project alone = new Project(ProjectKey.of(0, "", "—"), Profile.EMPTY, Funding.EMPTY.with(FundingSource.TOTAL, line),
                Goals.EMPTY, List.of(), Published.NONE);
        return scorer.score(alone).execution().flatMap(ExecutionScore::rate);
    }
}
