package jixiao.storage.sqlite;

import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;

/** A trainer's rule set, as in the issue that asked for stored rule sets: budget execution worth 20 of 110. */
final class Training {

    private Training() {
    }

    static RuleSet rules() {
        try {
            return RuleSets.national2020().with(Parameter.NAME, "training-20").with(Parameter.TOTAL_POINTS, "110")
                    .with(Parameter.EXECUTION_WEIGHT, "20");
        } catch (InvalidRuleSetException e) {
            throw new IllegalStateException(e);
        }
    }
}
